CREATE TABLE forum_users (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(40) NOT NULL,
  email VARCHAR(191) NOT NULL,
  reputation INT NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE KEY uq_forum_users_username (username),
  UNIQUE KEY uq_forum_users_email (email)
);
CREATE TABLE threads (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id INT UNSIGNED NOT NULL,
  author_username VARCHAR(40) NOT NULL,
  title VARCHAR(255) NOT NULL,
  is_pinned TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  KEY author_id (author_id),
  CONSTRAINT threads_ibfk_1 FOREIGN KEY (author_id) REFERENCES forum_users (id)
);
