-- box-office schema (MariaDB 10.11)
-- naming: ix_<table>_<cols> for indexes, ux_ for unique keys, fk_<table>_<target>, ck_ for checks

CREATE TABLE `venues` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `slug` varchar(80) NOT NULL,
  `name` varchar(200) NOT NULL,
  `address_line1` varchar(200) NOT NULL,
  `address_line2` varchar(200) DEFAULT NULL,
  `capacity` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ux_venues_slug` (`slug`),
  CONSTRAINT `ck_venues_capacity` CHECK (`capacity` > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `venue_id` bigint unsigned NOT NULL,
  `title` varchar(200) NOT NULL,
  `starts_at` datetime NOT NULL COMMENT 'venue local time',
  `doors_open_at` datetime DEFAULT NULL,
  `status` enum('draft','on_sale','sold_out','cancelled','finished') NOT NULL DEFAULT 'draft',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `ix_events_venue_id_starts_at` (`venue_id`,`starts_at`),
  CONSTRAINT `fk_events_venues` FOREIGN KEY (`venue_id`) REFERENCES `venues` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `event_id` bigint unsigned NOT NULL,
  `name` varchar(80) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `quota` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ux_ticket_types_event_id_name` (`event_id`,`name`),
  CONSTRAINT `fk_ticket_types_events` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ck_ticket_types_price` CHECK (`price` >= 0),
  CONSTRAINT `ck_ticket_types_quota` CHECK (`quota` > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `event_id` bigint unsigned NOT NULL,
  `ticket_type_id` bigint unsigned NOT NULL,
  `barcode` char(20) NOT NULL,
  `seat_row` varchar(4) DEFAULT NULL COMMENT 'NULL for standing tickets',
  `seat_number` smallint unsigned DEFAULT NULL,
  `holder_email` varchar(254) NOT NULL,
  `status` enum('reserved','sold','refunded','void') NOT NULL DEFAULT 'reserved',
  `price_paid` decimal(10,2) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ux_tickets_barcode` (`barcode`),
  UNIQUE KEY `ux_tickets_event_id_seat` (`event_id`,`seat_row`,`seat_number`),
  KEY `ix_tickets_event_id_status` (`event_id`,`status`),
  KEY `ix_tickets_ticket_type_id` (`ticket_type_id`),
  KEY `ix_tickets_holder_email` (`holder_email`),
  CONSTRAINT `fk_tickets_events` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_tickets_ticket_types` FOREIGN KEY (`ticket_type_id`) REFERENCES `ticket_types` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `ck_tickets_price_paid` CHECK (`price_paid` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
