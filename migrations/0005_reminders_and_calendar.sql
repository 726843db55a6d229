CREATE TABLE `calendar_feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_unique` ON `calendar_feeds` (`token`);--> statement-breakpoint
CREATE INDEX `calendar_feeds_user_idx` ON `calendar_feeds` (`user_id`);--> statement-breakpoint
CREATE TABLE `notification_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`check_in_id` text,
	`client_id` text,
	`recipient_user_id` text,
	`recipient_kind` text NOT NULL,
	`channel` text DEFAULT 'email' NOT NULL,
	`to_address` text NOT NULL,
	`language` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`due_at` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`claimed_at` text,
	`claim_token` text,
	`last_error` text,
	`message_id` text NOT NULL,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`check_in_id`) REFERENCES `check_ins`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notification_outbox_dedupe_key_unique` ON `notification_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `notification_outbox` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `outbox_checkin_idx` ON `notification_outbox` (`check_in_id`);--> statement-breakpoint
CREATE INDEX `outbox_firm_idx` ON `notification_outbox` (`firm_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `clients` ADD `reminder_consent` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `reminder_consent_at` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `reminder_consent_by` text;--> statement-breakpoint
ALTER TABLE `firms` ADD `calendar_full_names` integer DEFAULT false NOT NULL;