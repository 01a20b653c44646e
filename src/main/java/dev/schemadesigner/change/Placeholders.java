package dev.schemadesigner.change;

import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

/**
 * The value that fills a NOT NULL column for existing rows when nothing better is known: a backfill
 * the user has not written yet, or a dropped column brought back by a downgrade (its values are gone).
 * Written so that PostgreSQL, MariaDB and SQLite all read it.
 */
public final class Placeholders {
    private Placeholders() {}

    public static String sql(LogicalType t, Schema schema) {
        if (t instanceof LogicalType.EnumRef e) return "'" + schema.enumType(e.enumName()).orElseThrow().values().get(0).replace("'", "''") + "'";
        if (t.isInteger() || t instanceof LogicalType.Decimal || t instanceof LogicalType.Double) return "0";
        if (t instanceof LogicalType.Bool) return "FALSE";
        if (t instanceof LogicalType.Date) return "CURRENT_DATE";
        if (t instanceof LogicalType.Time) return "CURRENT_TIME";
        if (t instanceof LogicalType.Timestamp) return "CURRENT_TIMESTAMP";
        if (t instanceof LogicalType.Json) return "'{}'";
        if (t instanceof LogicalType.Uuid) return "'00000000-0000-0000-0000-000000000000'";
        return "''";
    }
}
