-- The audit log is evidence of who changed what and when: nothing may rewrite or remove it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Client search. `terms` is written by the app (app/domain/search-terms.ts): Latin names with
-- diacritics folded, each CJK character as its own token (so 陈 finds 陈伟), phone and A-number digits.
CREATE VIRTUAL TABLE client_search USING fts5(
  client_id UNINDEXED,
  firm_id UNINDEXED,
  terms,
  tokenize = "unicode61 remove_diacritics 2"
);
