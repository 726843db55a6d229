-- A client's search words in name order, for one-word searches (ADR 011). The words are FTS5's own
-- tokens of client_search, read back through fts5vocab, so both agree; digit-only words (phone and
-- A-number parts) are left out: searches by digits stay on client_search.
CREATE TABLE `client_name_tokens` (
	`firm_id` text NOT NULL,
	`token` text NOT NULL,
	`family_name` text NOT NULL,
	`given_names` text NOT NULL,
	`client_id` text NOT NULL,
	PRIMARY KEY(`firm_id`, `token`, `family_name`, `given_names`, `client_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `client_name_tokens_client_idx` ON `client_name_tokens` (`client_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE temp.`client_search_instances` USING fts5vocab(main, client_search, instance);
--> statement-breakpoint
INSERT OR IGNORE INTO `client_name_tokens` (`firm_id`, `token`, `family_name`, `given_names`, `client_id`)
  SELECT c.`firm_id`, v.`term`, c.`family_name`, c.`given_names`, c.`id`
  FROM temp.`client_search_instances` v
  JOIN `client_search` s ON s.`rowid` = v.`doc`
  JOIN `clients` c ON c.`id` = s.`client_id`
  WHERE v.`term` GLOB '*[^0-9]*';
--> statement-breakpoint
DROP TABLE temp.`client_search_instances`;
