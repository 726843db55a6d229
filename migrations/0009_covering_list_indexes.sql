DROP INDEX `check_ins_firm_day_idx`;--> statement-breakpoint
CREATE INDEX `check_ins_firm_day_idx` ON `check_ins` (`firm_id`,`local_date`,`starts_at`,`status`,`time_zone`,`id`);--> statement-breakpoint
DROP INDEX `clients_firm_name_idx`;--> statement-breakpoint
CREATE INDEX `clients_firm_name_idx` ON `clients` (`firm_id`,`family_name`,`given_names`,`id`,`risk_rank`);