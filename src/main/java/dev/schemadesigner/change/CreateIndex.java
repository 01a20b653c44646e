package dev.schemadesigner.change;

import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;

/** Create an index; {@code concurrently} asks PostgreSQL to build it without blocking writes. */
public record CreateIndex(String table, Index index, boolean concurrently) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.createIndex(this); }

    public CreateIndex {
        Checks.name(table, "table");
        Objects.requireNonNull(index, "index");
    }

    public CreateIndex(String table, Index index) { this(table, index, false); }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        Checks.freeConstraintName(before, table, index.name());
        for (String c : index.columnNames()) Checks.column(t, c);
        for (String c : index.include()) Checks.column(t, c);
        return before.replaceTable(table, x -> x.withIndex(index));
    }

    public Op inverse(Schema before) { return new DropIndex(table, index.name(), concurrently); }

    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " (" + index.describeKeys() + ")"
                + (concurrently ? " concurrently" : "");
    }
}
