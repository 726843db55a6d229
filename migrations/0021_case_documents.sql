CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`firm_id` text NOT NULL,
	`client_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`document_date` text,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`mime_type` text NOT NULL,
	`original_name` text NOT NULL,
	`event_id` text,
	`hearing_id` text,
	`check_in_id` text,
	`travel_document_id` text,
	`uploaded_by` text,
	`source` text DEFAULT 'staff' NOT NULL,
	`shared_with_client` integer DEFAULT false NOT NULL,
	`shared_at` text,
	`needs_review` integer DEFAULT false NOT NULL,
	`reviewed_at` text,
	`reviewed_by` text,
	`deleted_at` text,
	`deleted_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`firm_id`) REFERENCES `firms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `removal_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hearing_id`) REFERENCES `hearings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`check_in_id`) REFERENCES `check_ins`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`travel_document_id`) REFERENCES `travel_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_client_idx` ON `documents` (`firm_id`,`client_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `documents_event_idx` ON `documents` (`firm_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `documents_sha256_idx` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_needs_review_idx` ON `documents` (`firm_id`,`created_at`) WHERE needs_review = 1 and deleted_at is null;--> statement-breakpoint
ALTER TABLE `removal_events` ADD `verified_document_id` text REFERENCES documents(id);