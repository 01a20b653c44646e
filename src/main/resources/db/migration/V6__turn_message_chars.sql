-- A stored message may be cut to SD_MAX_STORED_MESSAGE_CHARS; this keeps how long it was (NULL: stored whole, before V6).
ALTER TABLE sd_turn ADD COLUMN message_chars INTEGER;
