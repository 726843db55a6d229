CREATE TABLE `sms_consents` (
	`client_id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`phone_e164` text NOT NULL,
	`consent` integer DEFAULT false NOT NULL,
	`consent_source` text NOT NULL,
	`consent_at` text NOT NULL,
	`recorded_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sms_consents_firm_phone_idx` ON `sms_consents` (`firm_id`,`phone_e164`);--> statement-breakpoint
CREATE TABLE `sms_inbound` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text,
	`check_in_id` text,
	`from_phone` text NOT NULL,
	`to_phone` text,
	`body` text NOT NULL,
	`meaning` text NOT NULL,
	`provider_sid` text NOT NULL,
	`received_at` text NOT NULL,
	`seen_at` text,
	`seen_by` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`check_in_id`) REFERENCES `check_ins`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`seen_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sms_inbound_provider_sid_unique` ON `sms_inbound` (`provider_sid`);--> statement-breakpoint
CREATE INDEX `sms_inbound_client_idx` ON `sms_inbound` (`client_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `sms_inbound_firm_idx` ON `sms_inbound` (`firm_id`,`seen_at`,`received_at`);--> statement-breakpoint
CREATE TABLE `sms_opt_outs` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`phone_e164` text NOT NULL,
	`keyword` text NOT NULL,
	`opted_out_at` text NOT NULL,
	`resumed_at` text,
	`provider_sid` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sms_opt_outs_firm_phone_idx` ON `sms_opt_outs` (`firm_id`,`phone_e164`,`resumed_at`);--> statement-breakpoint
CREATE TABLE `sms_settings` (
	`firm_id` text PRIMARY KEY NOT NULL,
	`provider` text DEFAULT 'twilio' NOT NULL,
	`account_sid` text NOT NULL,
	`auth_token_cipher` text NOT NULL,
	`from_number` text,
	`messaging_service_sid` text,
	`last_test_at` text,
	`last_test_result` text,
	`updated_by` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `mail_messages` ADD `channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE `mail_messages` ADD `segments` integer;--> statement-breakpoint
ALTER TABLE `notification_outbox` ADD `send_started_at` text;--> statement-breakpoint
ALTER TABLE `notification_outbox` ADD `provider_sid` text;--> statement-breakpoint
ALTER TABLE `notification_outbox` ADD `delivery_state` text;--> statement-breakpoint
ALTER TABLE `notification_outbox` ADD `delivery_error` text;--> statement-breakpoint
ALTER TABLE `notification_outbox` ADD `segments` integer;--> statement-breakpoint
ALTER TABLE `notification_outbox` ADD `possible_duplicate` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_provider_sid_idx` ON `notification_outbox` (`provider_sid`);