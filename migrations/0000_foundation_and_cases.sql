CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`firm_id` text,
	`actor_user_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	`at` text NOT NULL,
	`ip` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_firm_at_idx` ON `audit_log` (`firm_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`firm_id`,`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`firm_id`,`actor_user_id`,`id`);--> statement-breakpoint
CREATE TABLE `auth_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `auth_failures_bucket_at_idx` ON `auth_failures` (`bucket`,`at`);--> statement-breakpoint
CREATE TABLE `client_deadlines` (
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`due` text NOT NULL,
	`state` text NOT NULL,
	PRIMARY KEY(`client_id`, `key`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_deadlines_firm_due_idx` ON `client_deadlines` (`firm_id`,`state`,`due`);--> statement-breakpoint
CREATE TABLE `client_nationalities` (
	`client_id` text NOT NULL,
	`firm_id` text NOT NULL,
	`country` text NOT NULL,
	PRIMARY KEY(`client_id`, `country`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_nationalities_firm_country_idx` ON `client_nationalities` (`firm_id`,`country`,`client_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`family_name` text NOT NULL,
	`given_names` text NOT NULL,
	`native_name` text,
	`other_names` text,
	`a_number` text,
	`date_of_birth` text,
	`sex` text DEFAULT 'unknown' NOT NULL,
	`nationalities` text DEFAULT '[]' NOT NULL,
	`country_of_birth` text,
	`preferred_language` text DEFAULT 'en' NOT NULL,
	`email` text,
	`phone` text,
	`address` text,
	`address_reported_court_on` text,
	`address_reported_ice_on` text,
	`detention_status` text DEFAULT 'not_detained' NOT NULL,
	`detention_facility` text,
	`detention_since` text,
	`release_form` text,
	`lawyer_id` text,
	`paralegal_id` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`emergency_contacts` text,
	`children_care` text,
	`power_of_attorney_on_file` integer DEFAULT false NOT NULL,
	`removal_phase` text DEFAULT 'none' NOT NULL,
	`removal_label` text DEFAULT 'No removal case recorded' NOT NULL,
	`final_order_since` text,
	`travel_doc_state` text DEFAULT 'unknown' NOT NULL,
	`travel_doc_label` text,
	`risk_tier` text DEFAULT 'none' NOT NULL,
	`risk_rank` integer DEFAULT 0 NOT NULL,
	`risk_reasons` text DEFAULT '[]' NOT NULL,
	`next_deadline` text,
	`next_hearing` text,
	`derived_on` text,
	`last_change_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`updated_by` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lawyer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`paralegal_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clients_firm_name_idx` ON `clients` (`firm_id`,`family_name`,`given_names`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `clients_firm_anumber_unique` ON `clients` (`firm_id`,`a_number`);--> statement-breakpoint
CREATE INDEX `clients_firm_risk_idx` ON `clients` (`firm_id`,`risk_rank`,`id`);--> statement-breakpoint
CREATE INDEX `clients_firm_phase_idx` ON `clients` (`firm_id`,`removal_phase`,`id`);--> statement-breakpoint
CREATE INDEX `clients_firm_deadline_idx` ON `clients` (`firm_id`,`next_deadline`,`id`);--> statement-breakpoint
CREATE INDEX `clients_firm_change_idx` ON `clients` (`firm_id`,`last_change_at`,`id`);--> statement-breakpoint
CREATE INDEX `clients_firm_lawyer_idx` ON `clients` (`firm_id`,`lawyer_id`);--> statement-breakpoint
CREATE INDEX `clients_firm_paralegal_idx` ON `clients` (`firm_id`,`paralegal_id`);--> statement-breakpoint
CREATE INDEX `clients_firm_phone_idx` ON `clients` (`firm_id`,`phone`);--> statement-breakpoint
CREATE INDEX `clients_firm_detention_idx` ON `clients` (`firm_id`,`detention_status`);--> statement-breakpoint
CREATE INDEX `clients_firm_traveldoc_idx` ON `clients` (`firm_id`,`travel_doc_state`);--> statement-breakpoint
CREATE TABLE `closure_days` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `closure_days_firm_date_unique` ON `closure_days` (`firm_id`,`date`);--> statement-breakpoint
CREATE TABLE `deadline_marks` (
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`key` text NOT NULL,
	`mark` text NOT NULL,
	`note` text,
	`marked_by` text,
	`marked_at` text NOT NULL,
	PRIMARY KEY(`client_id`, `key`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`marked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `firms` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`phone` text,
	`email` text,
	`require_2fa` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `firms_slug_unique` ON `firms` (`slug`);--> statement-breakpoint
CREATE TABLE `hearing_postponements` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`hearing_id` text NOT NULL,
	`from_date` text NOT NULL,
	`from_time` text,
	`to_date` text NOT NULL,
	`to_time` text,
	`reason` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`hearing_id`) REFERENCES `hearings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearing_postponements_hearing_idx` ON `hearing_postponements` (`hearing_id`);--> statement-breakpoint
CREATE TABLE `hearings` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`hearing_type` text NOT NULL,
	`court` text NOT NULL,
	`judge` text,
	`date` text NOT NULL,
	`time` text,
	`time_zone` text DEFAULT 'America/New_York' NOT NULL,
	`mode` text DEFAULT 'in_person' NOT NULL,
	`cancelled` integer DEFAULT false NOT NULL,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearings_client_idx` ON `hearings` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `hearings_firm_date_idx` ON `hearings` (`firm_id`,`date`);--> statement-breakpoint
CREATE TABLE `invites` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_by` text NOT NULL,
	`accepted_at` text,
	`revoked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invites_token_hash_unique` ON `invites` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invites_firm_idx` ON `invites` (`firm_id`);--> statement-breakpoint
CREATE TABLE `login_challenges` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mail_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body_text` text NOT NULL,
	`message_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_messages_message_id_unique` ON `mail_messages` (`message_id`);--> statement-breakpoint
CREATE INDEX `mail_messages_firm_idx` ON `mail_messages` (`firm_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `password_resets` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `password_resets_token_hash_unique` ON `password_resets` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_resets_user_idx` ON `password_resets` (`user_id`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `removal_events` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`effective_date` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`court` text,
	`notes` text,
	`source` text DEFAULT 'other' NOT NULL,
	`verified_on` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`updated_by` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `removal_events_client_idx` ON `removal_events` (`client_id`,`effective_date`,`seq`);--> statement-breakpoint
CREATE INDEX `removal_events_firm_idx` ON `removal_events` (`firm_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`absolute_expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `travel_document_events` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`document_id` text NOT NULL,
	`state` text NOT NULL,
	`holder` text NOT NULL,
	`effective_date` text NOT NULL,
	`note` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `travel_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `travel_document_events_doc_idx` ON `travel_document_events` (`document_id`,`effective_date`);--> statement-breakpoint
CREATE TABLE `travel_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`kind` text NOT NULL,
	`issuing_country` text,
	`number` text,
	`issue_date` text,
	`expiry_date` text,
	`holder` text DEFAULT 'unknown' NOT NULL,
	`state` text DEFAULT 'unknown' NOT NULL,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `travel_documents_client_idx` ON `travel_documents` (`client_id`);--> statement-breakpoint
CREATE INDEX `travel_documents_firm_idx` ON `travel_documents` (`firm_id`,`state`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`email` text,
	`phone` text,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text,
	`active` integer DEFAULT true NOT NULL,
	`client_id` text,
	`totp_secret` text,
	`totp_enabled_at` text,
	`totp_last_step` integer,
	`password_changed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_client_role" CHECK(("users"."role" = 'client') = ("users"."client_id" IS NOT NULL)),
	CONSTRAINT "users_can_sign_in" CHECK("users"."email" IS NOT NULL OR "users"."phone" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_phone_unique` ON `users` (`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_client_unique` ON `users` (`client_id`);--> statement-breakpoint
CREATE INDEX `users_firm_idx` ON `users` (`firm_id`,`role`);