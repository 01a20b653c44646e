package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

/**
 * Drop a column. Refused while a key, index or constraint uses it (SQLite refuses the same, and
 * PostgreSQL would drop those silently): drop them first, so the inverse can restore exactly.
 */
public record DropColumn(String table, String column) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dropColumn(this); }

    public DropColumn {
        Checks.name(table, "table");
        Checks.name(column, "column");
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        Checks.column(t, column);
        Checks.unused(before, t, column, "drop");
        return before.replaceTable(table, x -> x.withoutColumn(column));
    }

    public Op inverse(Schema before) {
        return new AddColumn(table, Checks.column(Checks.table(before, table), column));
    }

    public String describe() { return "drop column " + column + " from " + table; }
}
