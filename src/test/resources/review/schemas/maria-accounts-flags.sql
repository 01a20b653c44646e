-- MySQL flags as tinyint(1), an inline ENUM, an account number (regression cases)
CREATE TABLE `accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `status` enum('new','active','closed') NOT NULL DEFAULT 'new',
  `account_no` varchar(20) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_accounts_is_active` (`is_active`),
  KEY `idx_accounts_status` (`status`)
) ENGINE=InnoDB;
