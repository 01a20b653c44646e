ALTER TABLE line_items RENAME TO order_lines;
