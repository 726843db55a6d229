ALTER TABLE `alerts` ADD `on_board` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `language` text;--> statement-breakpoint
CREATE INDEX `articles_firm_not_read_idx` ON `articles` (`firm_id`,`created_at`) WHERE json_extract(language, '$.read') = 0;--> statement-breakpoint
-- Alerts read by the extractor that already told roles apart: their nationalities on board (still among the alert's countries).
UPDATE `alerts` SET `on_board` = (SELECT json_group_array(f.value ->> '$.code') FROM json_each(`alerts`.`facts`, '$.countries') f WHERE f.value ->> '$.role' = 'nationality' AND EXISTS (SELECT 1 FROM json_each(`alerts`.`countries`) c WHERE c.value = f.value ->> '$.code')) WHERE EXISTS (SELECT 1 FROM json_each(`alerts`.`facts`, '$.countries') f WHERE f.value ->> '$.role' = 'nationality');
--> statement-breakpoint
-- Articles whose stored alert knows its language.
UPDATE `articles` SET `language` = (SELECT json_extract(a.facts, '$.language') FROM `alerts` a WHERE a.article_id = `articles`.`id`) WHERE EXISTS (SELECT 1 FROM `alerts` a WHERE a.article_id = `articles`.`id` AND json_extract(a.facts, '$.language') IS NOT NULL);
