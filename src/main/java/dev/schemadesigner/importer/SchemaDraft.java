package dev.schemadesigner.importer;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The schema while statements are read: tables and enum types in the order they were declared. */
final class SchemaDraft {
    final DdlDialect dialect;
    final Warnings warnings;
    final Map<String, TableDraft> tables = new LinkedHashMap<>();
    final Map<String, EnumType> enums = new LinkedHashMap<>();
    /** {@code table.column}s declared {@code json} (text), not {@code jsonb}: the model holds both as JSON. */
    final java.util.Set<String> jsonAsText = new java.util.LinkedHashSet<>();
    /** Rules left out per {@code table.column}: an array column holds a list by design, which the model reads as text. */
    final java.util.Map<String, java.util.Set<String>> unchecked = new java.util.LinkedHashMap<>();

    SchemaDraft(DdlDialect dialect, Warnings warnings) {
        this.dialect = dialect;
        this.warnings = warnings;
    }

    /** A name the model cannot store (a quote in it, …) is a semantic problem of the statement, not a syntax error. */
    static void requireStorableName(TokenCursor in, Token at, String name, String what) {
        try {
            dev.schemadesigner.schema.Column.of(name, dev.schemadesigner.schema.LogicalType.TEXT, true);
        } catch (IllegalArgumentException e) {
            throw in.invalid(at, what + ": " + e.getMessage().replace("column name", "name"));
        }
    }

    Optional<EnumType> enumType(String name) { return Optional.ofNullable(enums.get(name)); }

    Optional<TableDraft> table(String name) { return Optional.ofNullable(tables.get(name)); }

    /** ALTER TABLE … RENAME TO: the table keeps its place; foreign keys that reference it follow. */
    void renameTable(String old, String renamed) {
        Map<String, TableDraft> reordered = new LinkedHashMap<>();
        tables.forEach((name, t) -> reordered.put(name.equals(old) ? renamed : name, t));
        tables.clear();
        tables.putAll(reordered);
        tables.get(renamed).name = renamed;
        for (TableDraft t : tables.values()) {
            t.foreignKeys.replaceAll(f -> f.referencedTable().equals(old) ? new TableDraft.ForeignKeyDraft(f.name(), f.columns(), renamed,
                    f.referencedColumns(), f.onDelete(), f.onUpdate(), f.at()) : f);
        }
    }

    Schema build() {
        List<Table> built = new ArrayList<>();
        for (TableDraft t : tables.values()) {
            try {
                built.add(t.build(dialect, this::primaryKeyOf, warnings));
            } catch (IllegalArgumentException e) {
                warnings.add(t.at, "table " + t.name + " cannot be held by the model and is left out: " + e.getMessage());
            }
        }
        return new Schema(built, List.copyOf(enums.values()));
    }

    private List<String> primaryKeyOf(String table) {
        TableDraft t = tables.get(table);
        return t == null ? List.of() : t.primaryKey;
    }
}
