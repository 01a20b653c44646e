package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.Objects;

/** Create a table with its keys, indexes and constraints. */
public record CreateTable(Table table) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.createTable(this); }

    public CreateTable { Objects.requireNonNull(table, "table"); }

    public Schema apply(Schema before) {
        if (before.hasTable(table.name())) throw new InvalidChange("table " + table.name() + " already exists");
        Checks.enumsExist(before, table);
        for (String name : table.constraintNames()) Checks.freeConstraintName(before, table.name(), name);
        for (var fk : table.foreignKeys()) {
            if (!fk.referencedTable().equals(table.name()) && !before.hasTable(fk.referencedTable())) {
                throw new InvalidChange("foreign key " + fk.name() + " of " + table.name() + " references table "
                        + fk.referencedTable() + ", which does not exist");
            }
            var target = fk.referencedTable().equals(table.name()) ? table : before.requireTable(fk.referencedTable());
            for (String c : fk.referencedColumns()) {
                if (!target.hasColumn(c)) {
                    throw new InvalidChange("foreign key " + fk.name() + " of " + table.name() + " references column "
                            + target.name() + "." + c + ", which does not exist");
                }
            }
        }
        return before.withTable(table);
    }

    public Op inverse(Schema before) { return new DropTable(table.name()); }

    public String describe() { return "create table " + table.name(); }
}
