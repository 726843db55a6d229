-- Issue 16: new facts on case events, filled in for the records made before they existed, with an
-- audit row for each changed event (before and after), and every client's derived values marked stale.
-- Who appealed: the form offered only the respondent's appeal, so every earlier appeal is the respondent's.
INSERT INTO audit_log (firm_id, actor_user_id, action, entity_type, entity_id, before, after, at, ip)
SELECT firm_id, NULL, 'event.migrated', 'client', client_id,
  json_object('eventId', id, 'type', type, 'details', json(details)),
  json_object('eventId', id, 'type', type, 'details', json_set(details, '$.appealedBy', 'respondent'), 'why', 'who appealed: the respondent (the only appeal the form offered before)'),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
FROM removal_events WHERE type = 'bia_appeal_filed' AND json_extract(details, '$.appealedBy') IS NULL;
--> statement-breakpoint
UPDATE removal_events SET details = json_set(details, '$.appealedBy', 'respondent'), version = version + 1
WHERE type = 'bia_appeal_filed' AND json_extract(details, '$.appealedBy') IS NULL;
--> statement-breakpoint
-- A sustained appeal used to mean "closed in the client's favour": say so, now that the BIA can also order removal.
INSERT INTO audit_log (firm_id, actor_user_id, action, entity_type, entity_id, before, after, at, ip)
SELECT firm_id, NULL, 'event.migrated', 'client', client_id,
  json_object('eventId', id, 'type', type, 'details', json(details)),
  json_object('eventId', id, 'type', type, 'details', json_set(details, '$.biaResult', 'relief_granted'), 'why', 'a sustained appeal meant a decision in the client''s favour before the BIA result was recorded'),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
FROM removal_events WHERE type = 'bia_decision' AND json_extract(details, '$.outcome') = 'sustained' AND json_extract(details, '$.biaResult') IS NULL;
--> statement-breakpoint
UPDATE removal_events SET details = json_set(details, '$.biaResult', 'relief_granted'), version = version + 1
WHERE type = 'bia_decision' AND json_extract(details, '$.outcome') = 'sustained' AND json_extract(details, '$.biaResult') IS NULL;
--> statement-breakpoint
-- The rules changed: every client is recomputed by the refresh that runs at start (services/daily.server.ts).
UPDATE clients SET derived_on = NULL;
