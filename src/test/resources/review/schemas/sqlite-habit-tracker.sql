-- an Android app's Room-style SQLite schema
CREATE TABLE IF NOT EXISTS `habits` (
    `id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    `name` TEXT NOT NULL,
    `color` INTEGER NOT NULL,
    `reminder_day1` INTEGER,
    `reminder_day2` INTEGER,
    `reminder_day3` INTEGER,
    `target_percent` INTEGER NOT NULL DEFAULT 80,
    `created_at` INTEGER NOT NULL,
    `updated_at` INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS `checkins` (
    `id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    `habit_id` INTEGER NOT NULL,
    `day` TEXT NOT NULL,
    `mood` INTEGER,
    FOREIGN KEY(`habit_id`) REFERENCES `habits`(`id`) ON UPDATE NO ACTION ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS `index_checkins_habit_id_day` ON `checkins` (`habit_id`, `day`);
