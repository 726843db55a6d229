DROP INDEX `client_nationalities_firm_country_idx`;--> statement-breakpoint
ALTER TABLE `client_nationalities` ADD `on_board_rank` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `client_nationalities_firm_country_idx` ON `client_nationalities` (`firm_id`,`country`,`alert_rank`,`sort_name`,`client_id`,`lawyer_id`,`on_board_rank`);--> statement-breakpoint
ALTER TABLE `clients` ADD `on_board_rank` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `on_board_note` text;--> statement-breakpoint
-- Until each client is derived again (the daily refresh picks up every client whose derived_on is
-- null), a third-country removal ranks them as a flight home would: the value they had before.
UPDATE `clients` SET `on_board_rank` = `alert_rank`, `on_board_note` = `alert_note`, `derived_on` = NULL;--> statement-breakpoint
UPDATE `client_nationalities` SET `on_board_rank` = `alert_rank`;
