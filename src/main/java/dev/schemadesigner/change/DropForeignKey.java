package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

public record DropForeignKey(String table, String name) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dropForeignKey(this); }

    public DropForeignKey {
        Checks.name(table, "table");
        Checks.name(name, "foreign key");
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        if (t.foreignKey(name).isEmpty()) throw new InvalidChange("foreign key " + name + " does not exist on table " + table);
        return before.replaceTable(table, x -> x.withoutForeignKey(name));
    }

    public Op inverse(Schema before) {
        var fk = Checks.table(before, table).foreignKey(name)
                .orElseThrow(() -> new InvalidChange("foreign key " + name + " does not exist on table " + table));
        return new AddForeignKey(table, fk);
    }

    public String describe() { return "drop foreign key " + name + " from " + table; }
}
