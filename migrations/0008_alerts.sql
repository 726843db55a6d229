CREATE TABLE `alert_countries` (
	`alert_id` text NOT NULL,
	`firm_id` text NOT NULL,
	`country` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`alert_id`, `country`),
	FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_countries_firm_country_idx` ON `alert_countries` (`firm_id`,`country`,`created_at`);--> statement-breakpoint
CREATE TABLE `alert_matches` (
	`alert_id` text NOT NULL,
	`tier_rank` integer NOT NULL,
	`sort_name` text NOT NULL,
	`client_id` text NOT NULL,
	`country` text NOT NULL,
	`via` text,
	`is_new` integer DEFAULT false NOT NULL,
	`added_at` text,
	`reviewed_at` text,
	`reviewed_by` text,
	PRIMARY KEY(`alert_id`, `tier_rank`, `sort_name`, `client_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `alert_reads` (
	`alert_id` text NOT NULL,
	`user_id` text NOT NULL,
	`read_at` text NOT NULL,
	`reviewed_at` text,
	PRIMARY KEY(`user_id`, `alert_id`),
	FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`article_id` text NOT NULL,
	`kind` text NOT NULL,
	`countries` text NOT NULL,
	`event_date` text,
	`people_count` integer,
	`people_min` integer,
	`people_max` integer,
	`departure` text DEFAULT '[]' NOT NULL,
	`arrival` text DEFAULT '[]' NOT NULL,
	`flight_types` text DEFAULT '[]' NOT NULL,
	`facts` text NOT NULL,
	`corrected` text DEFAULT '{}' NOT NULL,
	`counts` text DEFAULT '{"critical":0,"high":0,"elevated":0,"low":0,"none":0}' NOT NULL,
	`top_rank` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_article_id_unique` ON `alerts` (`article_id`);--> statement-breakpoint
CREATE INDEX `alerts_firm_created_idx` ON `alerts` (`firm_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `alerts_firm_rank_idx` ON `alerts` (`firm_id`,`top_rank`,`created_at`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`feed_id` text,
	`source` text NOT NULL,
	`guid` text,
	`url` text,
	`title` text NOT NULL,
	`published_on` text NOT NULL,
	`body` text NOT NULL,
	`text_hash` text NOT NULL,
	`relevant` integer NOT NULL,
	`kind` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_firm_guid_unique` ON `articles` (`firm_id`,`guid`) WHERE guid is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_firm_url_unique` ON `articles` (`firm_id`,`url`) WHERE url is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_firm_hash_unique` ON `articles` (`firm_id`,`text_hash`);--> statement-breakpoint
CREATE INDEX `articles_firm_created_idx` ON `articles` (`firm_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `client_search_map` (
	`client_id` text PRIMARY KEY NOT NULL,
	`fts_rowid` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`active` integer DEFAULT true NOT NULL,
	`interval_minutes` integer DEFAULT 60 NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_fetch_at` text,
	`last_status` text,
	`last_error` text,
	`last_new` integer DEFAULT 0 NOT NULL,
	`last_skipped` integer DEFAULT 0 NOT NULL,
	`next_fetch_at` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_firm_url_unique` ON `feeds` (`firm_id`,`url`);--> statement-breakpoint
CREATE INDEX `feeds_due_idx` ON `feeds` (`active`,`next_fetch_at`);--> statement-breakpoint
CREATE TABLE `timeline_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`alert_id` text,
	`date` text NOT NULL,
	`body` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `timeline_notes_client_idx` ON `timeline_notes` (`client_id`,`date`);--> statement-breakpoint
DROP INDEX `client_nationalities_firm_country_idx`;--> statement-breakpoint
ALTER TABLE `client_nationalities` ADD `alert_rank` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `client_nationalities` ADD `sort_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `client_nationalities` ADD `lawyer_id` text;--> statement-breakpoint
CREATE INDEX `client_nationalities_firm_country_idx` ON `client_nationalities` (`firm_id`,`country`,`alert_rank`,`sort_name`,`client_id`,`lawyer_id`);--> statement-breakpoint
ALTER TABLE `clients` ADD `alert_tier` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `alert_rank` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `alert_note` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `next_check_in` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `next_check_in_office` text;--> statement-breakpoint
CREATE INDEX `clients_firm_birth_country_idx` ON `clients` (`firm_id`,`country_of_birth`) WHERE nationalities = '[]';--> statement-breakpoint
CREATE INDEX `check_ins_firm_day_idx` ON `check_ins` (`firm_id`,`local_date`,`starts_at`,`status`);--> statement-breakpoint
CREATE INDEX `outbox_client_idx` ON `notification_outbox` (`client_id`,`due_at`);
--> statement-breakpoint
UPDATE `client_nationalities` SET `sort_name` = (SELECT c.family_name || ' ' || c.given_names FROM clients c WHERE c.id = client_nationalities.client_id), `lawyer_id` = (SELECT c.lawyer_id FROM clients c WHERE c.id = client_nationalities.client_id);
--> statement-breakpoint
INSERT OR REPLACE INTO `client_search_map` (`client_id`, `fts_rowid`) SELECT client_id, rowid FROM client_search;
--> statement-breakpoint
-- The new derived columns (alert tier, next check-in) are filled by the next daily refresh.
UPDATE `clients` SET `derived_on` = NULL;
