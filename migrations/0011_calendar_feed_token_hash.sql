ALTER TABLE `calendar_feeds` ADD `token_hash` text;--> statement-breakpoint
ALTER TABLE `calendar_feeds` ADD `last_used_at` text;--> statement-breakpoint
-- Existing links keep working: each token is replaced by its SHA-256 (casewatch_sha256_hex is registered by runMigrations in db/client.ts).
UPDATE `calendar_feeds` SET `token_hash` = casewatch_sha256_hex(`token`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_hash_unique` ON `calendar_feeds` (`token_hash`);