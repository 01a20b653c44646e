package dev.schemadesigner.change;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;

/** Add a CHECK constraint; {@code notValid} skips checking existing rows until a later VALIDATE (PostgreSQL). */
public record AddCheck(String table, Check check, boolean notValid) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.addCheck(this); }

    public AddCheck {
        Checks.name(table, "table");
        Objects.requireNonNull(check, "check");
    }

    public AddCheck(String table, Check check) { this(table, check, false); }

    public Schema apply(Schema before) {
        Checks.table(before, table);
        Checks.freeConstraintName(before, table, check.name());
        return before.replaceTable(table, x -> x.withCheck(check));
    }

    public Op inverse(Schema before) { return new DropConstraint(table, check.name()); }

    public String describe() { return "add check " + check.name() + " on " + table + " (" + check.expression() + ")" + (notValid ? " NOT VALID" : ""); }
}
