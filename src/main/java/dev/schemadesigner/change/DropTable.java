package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

/** Drop a table. Refused while another table's foreign key points at it: drop that key first. */
public record DropTable(String table) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dropTable(this); }

    public DropTable { Checks.name(table, "table"); }

    public Schema apply(Schema before) {
        Checks.table(before, table);
        var referencing = before.referencing(table);
        if (!referencing.isEmpty()) {
            throw new InvalidChange("cannot drop table " + table + ": referenced by foreign keys of "
                    + referencing.stream().map(Table::name).toList());
        }
        return before.withoutTable(table);
    }

    public Op inverse(Schema before) { return new CreateTable(Checks.table(before, table)); }

    public String describe() { return "drop table " + table; }
}
