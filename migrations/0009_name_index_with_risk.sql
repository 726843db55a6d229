DROP INDEX `clients_firm_name_idx`;--> statement-breakpoint
CREATE INDEX `clients_firm_name_idx` ON `clients` (`firm_id`,`family_name`,`given_names`,`id`,`risk_rank`);