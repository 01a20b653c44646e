package dev.schemadesigner.change;

import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;

/**
 * Add a foreign key to an existing table. {@code notValid} adds it without checking existing rows
 * (PostgreSQL), to be validated in a later step.
 */
public record AddForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.addForeignKey(this); }

    public AddForeignKey {
        Checks.name(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    public AddForeignKey(String table, ForeignKey foreignKey) { this(table, foreignKey, false); }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        Checks.freeConstraintName(before, table, foreignKey.name());
        for (String c : foreignKey.columns()) Checks.column(t, c);
        var target = foreignKey.referencedTable().equals(table) ? t : Checks.table(before, foreignKey.referencedTable());
        for (String c : foreignKey.referencedColumns()) Checks.column(target, c);
        return before.replaceTable(table, x -> x.withForeignKey(foreignKey));
    }

    public Op inverse(Schema before) { return new DropForeignKey(table, foreignKey.name()); }

    public String describe() {
        return "add foreign key " + foreignKey.name() + " " + table + foreignKey.columns() + " -> "
                + foreignKey.referencedTable() + foreignKey.referencedColumns() + (notValid ? " NOT VALID" : "");
    }
}
