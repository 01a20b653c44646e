package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

/** Rename a table; foreign keys that point at it follow the new name, as they do in the database. */
public record RenameTable(String from, String to) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.renameTable(this); }

    public RenameTable {
        Checks.name(from, "table");
        Checks.name(to, "new table name");
    }

    public Schema apply(Schema before) {
        Checks.table(before, from);
        if (before.hasTable(to)) throw new InvalidChange("cannot rename " + from + " to " + to + ": table " + to + " already exists");
        return before.withTables(before.tables().stream().map(t -> {
            var renamed = t.name().equals(from) ? t.withName(to) : t;
            return renamed.withForeignKeys(renamed.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(from) ? fk.withReferencedTable(to) : fk).toList());
        }).toList());
    }

    public Op inverse(Schema before) { return new RenameTable(to, from); }

    public String describe() { return "rename table " + from + " to " + to; }
}
