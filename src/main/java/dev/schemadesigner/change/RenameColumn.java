package dev.schemadesigner.change;

import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.List;

/**
 * Rename a column; keys, indexes and constraints that name it follow, as they do in the database.
 * Checks and expression indexes mention columns inside SQL text and are refused: drop and re-add them.
 */
public record RenameColumn(String table, String from, String to) implements Op {
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

    private Table renameIn(Table t) {
        var result = t.withForeignKeys(t.foreignKeys().stream().map(fk -> {
            var f = t.name().equals(table) ? fk.withColumns(swap(fk.columns())) : fk;
            return f.referencedTable().equals(table) ? f.withReferencedColumns(swap(f.referencedColumns())) : f;
        }).toList());
        if (!t.name().equals(table)) return result;
        return result
                .replaceColumn(from, c -> c.withName(to))
                .withPrimaryKey(t.primaryKey().map(pk -> new dev.schemadesigner.schema.PrimaryKey(swap(pk.columns()))))
                .withIndexes(t.indexes().stream().map(ix -> ix.withKeys(ix.keys().stream()
                        .map(k -> k instanceof IndexKey.ColumnKey c && c.column().equals(from) ? IndexKey.column(to) : k).toList())
                        .withInclude(swap(ix.include()))).toList())
                .withUniques(t.uniques().stream().map(u -> new dev.schemadesigner.schema.Unique(u.name(), swap(u.columns()))).toList());
    }

    private List<String> swap(List<String> columns) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    public Op inverse(Schema before) { return new RenameColumn(table, to, from); }

    public String describe() { return "rename column " + table + "." + from + " to " + to; }
}
