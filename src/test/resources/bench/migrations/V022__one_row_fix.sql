UPDATE settings SET value = 'on' WHERE id = 7;
