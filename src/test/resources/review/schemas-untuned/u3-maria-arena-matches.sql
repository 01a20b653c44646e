-- arena backend, MariaDB 10.5 — exported with SHOW CREATE TABLE
CREATE TABLE `players` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `handle` varchar(32) NOT NULL,
  `email` varchar(190) NOT NULL,
  `country_code` char(2) DEFAULT NULL,
  `country_name` varchar(80) DEFAULT NULL,
  `elo` int(11) NOT NULL DEFAULT 1200,
  `last_seen_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_players_handle` (`handle`),
  UNIQUE KEY `uq_players_email` (`email`),
  KEY `idx_players_elo` (`elo`)
) ENGINE=InnoDB AUTO_INCREMENT=48213 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matches` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `queue_type` varchar(16) NOT NULL DEFAULT 'casual' COMMENT 'casual | ranked | tournament',
  `player1_id` bigint(20) NOT NULL,
  `player2_id` bigint(20) NOT NULL,
  `player1_score` smallint(6) NOT NULL DEFAULT 0,
  `player2_score` smallint(6) NOT NULL DEFAULT 0,
  `winner_id` bigint(20) DEFAULT NULL COMMENT 'NULL while running and for draws',
  `started_at` datetime NOT NULL,
  `finished_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_matches_player1_id_started_at` (`player1_id`,`started_at`),
  KEY `idx_matches_player2_id_started_at` (`player2_id`,`started_at`),
  KEY `idx_matches_winner_id` (`winner_id`),
  CONSTRAINT `fk_matches_player1` FOREIGN KEY (`player1_id`) REFERENCES `players` (`id`),
  CONSTRAINT `fk_matches_player2` FOREIGN KEY (`player2_id`) REFERENCES `players` (`id`),
  CONSTRAINT `fk_matches_winner` FOREIGN KEY (`winner_id`) REFERENCES `players` (`id`) ON DELETE SET NULL,
  CONSTRAINT `chk_matches_distinct_players` CHECK (`player1_id` <> `player2_id`)
) ENGINE=InnoDB AUTO_INCREMENT=1904472 DEFAULT CHARSET=utf8mb4;
