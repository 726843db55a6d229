CREATE TABLE `backups` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`file` text NOT NULL,
	`size_bytes` integer,
	`integrity` text,
	`schema_version` integer,
	`started_at` text NOT NULL,
	`finished_at` text,
	`error` text
);
