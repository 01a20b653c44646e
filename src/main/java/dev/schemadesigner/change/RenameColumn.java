package dev.schemadesigner.change;

import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.List;

/**
 * Rename a column; keys, indexes and constraints that name it follow, as they do in the database.
 * Checks and expression indexes mention columns inside SQL text and are refused: drop and re-add them.
 */
public record RenameColumn(String table, String from, String to) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.renameColumn(this); }

    public RenameColumn {
        Checks.name(table, "table");
        Checks.name(from, "column");
        Checks.name(to, "new column name");
    }

    public Schema apply(Schema before) {
        var t = Checks.table(before, table);
        Checks.column(t, from);
        if (t.hasColumn(to)) throw new InvalidChange("cannot rename " + table + "." + from + ": column " + to + " already exists");
        Checks.notInExpressions(t, from);
        return before.withTables(before.tables().stream().map(x -> renameIn(x)).toList());
    }

    /** Builds each changed table in one step: an intermediate copy would name a column that no longer exists. */
    private Table renameIn(Table t) {
        boolean own = t.name().equals(table);
        var foreignKeys = t.foreignKeys().stream().map(fk -> {
            var f = own ? fk.withColumns(swap(fk.columns())) : fk;
            return f.referencedTable().equals(table) ? f.withReferencedColumns(swap(f.referencedColumns())) : f;
        }).toList();
        if (!own) return t.withForeignKeys(foreignKeys);
        return new Table(t.name(),
                t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList(),
                t.primaryKey().map(pk -> new PrimaryKey(swap(pk.columns()))),
                foreignKeys,
                t.indexes().stream().map(ix -> ix.withKeys(ix.keys().stream()
                        .map(k -> k instanceof IndexKey.ColumnKey c && c.column().equals(from) ? IndexKey.column(to) : k).toList())
                        .withInclude(swap(ix.include()))).toList(),
                t.checks(),
                t.uniques().stream().map(u -> new Unique(u.name(), swap(u.columns()))).toList(),
                t.relationships(),
                t.comment());
    }

    private List<String> swap(List<String> columns) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    public Op inverse(Schema before) { return new RenameColumn(table, to, from); }

    public String describe() { return "rename column " + table + "." + from + " to " + to; }
}
