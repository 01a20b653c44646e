package dev.schemadesigner.change;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;

/** Add a column at the end of a table. */
public record AddColumn(String table, Column column) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.addColumn(this); }

    public AddColumn {
        Checks.name(table, "table");
        Objects.requireNonNull(column, "column");
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        if (t.hasColumn(column.name())) throw new InvalidChange("column " + table + "." + column.name() + " already exists");
        Checks.enumExists(before, table, column);
        return before.replaceTable(table, x -> x.withColumn(column));
    }

    public Op inverse(Schema before) { return new DropColumn(table, column.name()); }

    public String describe() { return "add column " + column.name() + " to " + table; }
}
