-- ICE Enforcement and Removal Operations field offices (reference data), as ICE publishes them.
-- Addresses change: firms can add sub-offices and ISAP offices of their own; verify before relying on one.
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-atlanta', NULL, 'ero_field', 'ICE ERO Atlanta Field Office', '180 Ted Turner Drive SW, Suite 522, Atlanta, GA 30303', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-baltimore', NULL, 'ero_field', 'ICE ERO Baltimore Field Office', '31 Hopkins Plaza, 6th Floor, Baltimore, MD 21201', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-boston', NULL, 'ero_field', 'ICE ERO Boston Field Office', '1000 District Avenue, Burlington, MA 01803', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-buffalo', NULL, 'ero_field', 'ICE ERO Buffalo Field Office', '250 Delaware Avenue, Floor 7, Buffalo, NY 14202', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-chicago', NULL, 'ero_field', 'ICE ERO Chicago Field Office', '101 West Congress Parkway, 4th Floor, Chicago, IL 60605', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-dallas', NULL, 'ero_field', 'ICE ERO Dallas Field Office', '8101 North Stemmons Freeway, Dallas, TX 75247', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-denver', NULL, 'ero_field', 'ICE ERO Denver Field Office', '12445 East Caley Avenue, Centennial, CO 80111', 'America/Denver', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-detroit', NULL, 'ero_field', 'ICE ERO Detroit Field Office', '333 Mount Elliott Street, Detroit, MI 48207', 'America/Detroit', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-el-paso', NULL, 'ero_field', 'ICE ERO El Paso Field Office', '11541 Montana Avenue, Suite E, El Paso, TX 79936', 'America/Denver', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-harlingen', NULL, 'ero_field', 'ICE ERO Harlingen Field Office', '1717 Zoy Street, Harlingen, TX 78552', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-houston', NULL, 'ero_field', 'ICE ERO Houston Field Office', '126 Northpoint Drive, Houston, TX 77060', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-los-angeles', NULL, 'ero_field', 'ICE ERO Los Angeles Field Office', '300 North Los Angeles Street, Room 7631, Los Angeles, CA 90012', 'America/Los_Angeles', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-miami', NULL, 'ero_field', 'ICE ERO Miami Field Office', '865 SW 78th Avenue, Suite 101, Plantation, FL 33324', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-new-orleans', NULL, 'ero_field', 'ICE ERO New Orleans Field Office', '1250 Poydras Street, Suite 325, New Orleans, LA 70113', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-new-york', NULL, 'ero_field', 'ICE ERO New York City Field Office', '26 Federal Plaza, 9th Floor, New York, NY 10278', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-newark', NULL, 'ero_field', 'ICE ERO Newark Field Office', '970 Broad Street, 11th Floor, Newark, NJ 07102', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-philadelphia', NULL, 'ero_field', 'ICE ERO Philadelphia Field Office', '114 North 8th Street, Philadelphia, PA 19107', 'America/New_York', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-phoenix', NULL, 'ero_field', 'ICE ERO Phoenix Field Office', '2035 North Central Avenue, Phoenix, AZ 85004', 'America/Phoenix', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-salt-lake-city', NULL, 'ero_field', 'ICE ERO Salt Lake City Field Office', '2975 Decker Lake Drive, Suite 100, West Valley City, UT 84119', 'America/Denver', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-san-antonio', NULL, 'ero_field', 'ICE ERO San Antonio Field Office', '1777 NE Loop 410, Floor 15, San Antonio, TX 78217', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-san-diego', NULL, 'ero_field', 'ICE ERO San Diego Field Office', '880 Front Street, Suite 2242, San Diego, CA 92101', 'America/Los_Angeles', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-san-francisco', NULL, 'ero_field', 'ICE ERO San Francisco Field Office', '630 Sansome Street, Room 590, San Francisco, CA 94111', 'America/Los_Angeles', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-seattle', NULL, 'ero_field', 'ICE ERO Seattle Field Office', '12500 Tukwila International Boulevard, Seattle, WA 98168', 'America/Los_Angeles', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-st-paul', NULL, 'ero_field', 'ICE ERO St. Paul Field Office', '1 Federal Drive, Suite 1601, Fort Snelling, MN 55111', 'America/Chicago', '12345', '08:00', '16:00');
--> statement-breakpoint
INSERT INTO offices (id, firm_id, kind, name, address, time_zone, open_days, opens, closes) VALUES ('ero-washington', NULL, 'ero_field', 'ICE ERO Washington Field Office', '14797 Murdock Street, Chantilly, VA 20151', 'America/New_York', '12345', '08:00', '16:00');
