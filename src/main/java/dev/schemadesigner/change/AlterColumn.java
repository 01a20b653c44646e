package dev.schemadesigner.change;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;
import java.util.Optional;

/** Set a column's type, nullability and default to the given values (all three: the target state). */
public record AlterColumn(String table, String column, LogicalType type, boolean nullable, Optional<DefaultValue> defaultValue)
        implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.alterColumn(this); }

    public AlterColumn {
        Checks.name(table, "table");
        Checks.name(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /** Keeps type and default, changes nullability. */
    public static AlterColumn nullability(Column current, String table, boolean nullable) {
        return new AlterColumn(table, current.name(), current.type(), nullable, current.defaultValue());
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        var current = Checks.column(t, column);
        if (current.identity() && (nullable || !type.isInteger())) {
            throw new InvalidChange("column " + table + "." + column + " is an identity column: it stays a NOT NULL integer");
        }
        Checks.enumExists(before, table, current.withType(type));
        if (!current.type().equals(type)) Checks.notReferencedWithType(before, table, column);
        return before.replaceTable(table, x -> x.replaceColumn(column, c -> c.withType(type).withNullable(nullable).withDefault(defaultValue)));
    }

    public Op inverse(Schema before) {
        var current = Checks.column(Checks.table(before, table), column);
        return new AlterColumn(table, column, current.type(), current.nullable(), current.defaultValue());
    }

    /** Which of type, nullability and default this changes, relative to {@code before}. */
    public boolean changesType(Schema before) { return !Checks.column(Checks.table(before, table), column).type().equals(type); }

    public boolean changesNullability(Schema before) { return Checks.column(Checks.table(before, table), column).nullable() != nullable; }

    public boolean changesDefault(Schema before) { return !Checks.column(Checks.table(before, table), column).defaultValue().equals(defaultValue); }

    public String describe() {
        return "alter column " + table + "." + column + " to " + type.describe() + (nullable ? " NULL" : " NOT NULL")
                + defaultValue.map(d -> " DEFAULT " + d.describe()).orElse("");
    }
}
