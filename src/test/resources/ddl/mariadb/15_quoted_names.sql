-- Reserved words as names (MariaDB): backticks.
CREATE TABLE `user` (
    `id`    INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `name`  VARCHAR(100) NOT NULL,
    `Email` VARCHAR(255) NOT NULL,
    CONSTRAINT `uq_user_Email` UNIQUE (`Email`)
) ENGINE=InnoDB;

CREATE TABLE `group` (
    `id`   INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `desc` TEXT
) ENGINE=InnoDB;

CREATE TABLE `order` (
    `id`    INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `user`  INT NOT NULL,
    `group` INT,
    `limit` INT NOT NULL DEFAULT 1,
    KEY `idx_order_user` (`user`),
    KEY `idx_order_group` (`group`),
    CONSTRAINT `fk_order_user` FOREIGN KEY (`user`) REFERENCES `user` (`id`),
    CONSTRAINT `fk_order_group` FOREIGN KEY (`group`) REFERENCES `group` (`id`) ON DELETE SET NULL,
    CONSTRAINT `ck_order_limit` CHECK (`limit` > 0)
) ENGINE=InnoDB;
