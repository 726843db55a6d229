CREATE TABLE `check_in_series` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`every` integer NOT NULL,
	`unit` text NOT NULL,
	`until_date` text,
	`count` integer,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `check_ins` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`series_id` text,
	`kind` text NOT NULL,
	`reporting_order` text NOT NULL,
	`office_id` text,
	`starts_at` text NOT NULL,
	`time_zone` text NOT NULL,
	`local_date` text NOT NULL,
	`local_time` text NOT NULL,
	`bring` text,
	`lawyer_accompanies` integer DEFAULT false NOT NULL,
	`notes` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`outcome_notes` text,
	`outcome_at` text,
	`outcome_by` text,
	`rescheduled_by` text,
	`next_check_in_id` text,
	`safe_confirmed_at` text,
	`safe_confirmed_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `check_in_series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outcome_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`safe_confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `check_ins_client_idx` ON `check_ins` (`client_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `check_ins_firm_starts_idx` ON `check_ins` (`firm_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `check_ins_firm_status_idx` ON `check_ins` (`firm_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `check_ins_office_day_idx` ON `check_ins` (`firm_id`,`office_id`,`local_date`);--> statement-breakpoint
CREATE INDEX `check_ins_series_idx` ON `check_ins` (`series_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `offices` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`address` text NOT NULL,
	`time_zone` text NOT NULL,
	`open_days` text DEFAULT '12345' NOT NULL,
	`opens` text DEFAULT '08:00' NOT NULL,
	`closes` text DEFAULT '16:00' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offices_firm_idx` ON `offices` (`firm_id`,`name`);