package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

/** Drop an index; {@code concurrently} asks PostgreSQL not to block reads and writes meanwhile. */
public record DropIndex(String table, String name, boolean concurrently) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dropIndex(this); }

    public DropIndex {
        Checks.name(table, "table");
        Checks.name(name, "index");
    }

    public DropIndex(String table, String name) { this(table, name, false); }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        if (t.index(name).isEmpty()) throw new InvalidChange("index " + name + " does not exist on table " + table);
        return before.replaceTable(table, x -> x.withoutIndex(name));
    }

    public Op inverse(Schema before) {
        var index = Checks.table(before, table).index(name)
                .orElseThrow(() -> new InvalidChange("index " + name + " does not exist on table " + table));
        return new CreateIndex(table, index, concurrently);
    }

    public String describe() { return "drop index " + name + (concurrently ? " concurrently" : ""); }
}
