package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Unique;

import java.util.Objects;

public record AddUnique(String table, Unique unique) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.addUnique(this); }

    public AddUnique {
        Checks.name(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        Checks.freeConstraintName(before, table, unique.name());
        for (String c : unique.columns()) Checks.column(t, c);
        return before.replaceTable(table, x -> x.withUnique(unique));
    }

    public Op inverse(Schema before) { return new DropConstraint(table, unique.name()); }

    public String describe() { return "add unique " + unique.name() + " on " + table + unique.columns(); }
}
