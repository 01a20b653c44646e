package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

/** Drop a named CHECK or UNIQUE constraint. Foreign keys have {@link DropForeignKey}, indexes {@link DropIndex}. */
public record DropConstraint(String table, String name) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dropConstraint(this); }

    public DropConstraint {
        Checks.name(table, "table");
        Checks.name(name, "constraint");
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        if (t.check(name).isPresent()) return before.replaceTable(table, x -> x.withoutCheck(name));
        if (t.unique(name).isPresent()) return before.replaceTable(table, x -> x.withoutUnique(name));
        throw new InvalidChange("no check or unique constraint named " + name + " on table " + table);
    }

    public Op inverse(Schema before) {
        var t = Checks.table(before, table);
        var check = t.check(name);
        if (check.isPresent()) return new AddCheck(table, check.get());
        var unique = t.unique(name);
        if (unique.isPresent()) return new AddUnique(table, unique.get());
        throw new InvalidChange("no check or unique constraint named " + name + " on table " + table);
    }

    public String describe() { return "drop constraint " + name + " from " + table; }
}
