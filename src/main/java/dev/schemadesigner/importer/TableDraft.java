package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table while statements still add to it. Constraint names the DDL leaves out are given at
 * {@link #build} (after every user-given name is known) by the project's convention.
 */
final class TableDraft {

    static final class ColumnDraft {
        final String name;
        LogicalType type;
        boolean nullable = true;
        Optional<DefaultValue> defaultValue = Optional.empty();
        boolean identity;
        Optional<String> comment = Optional.empty();
        boolean rowidInteger;

        ColumnDraft(String name, LogicalType type) {
            this.name = name;
            this.type = type;
        }

        Column build(boolean inPrimaryKey) {
            boolean notNull = !nullable || identity || inPrimaryKey;
            return new Column(name, type, !notNull, defaultValue, identity, comment);
        }
    }

    record ForeignKeyDraft(Optional<String> name, List<String> columns, String referencedTable, List<String> referencedColumns,
                           FkAction onDelete, FkAction onUpdate, Token at) {}

    record CheckDraft(Optional<String> name, String expression, Optional<String> column) {}

    record UniqueDraft(Optional<String> name, List<String> columns) {}

    final String name;
    final Token at;
    final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
    List<String> primaryKey = List.of();
    final List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<CheckDraft> checks = new ArrayList<>();
    final List<UniqueDraft> uniques = new ArrayList<>();
    Optional<String> comment = Optional.empty();
    boolean withoutRowid;

    TableDraft(String name, Token at) {
        this.name = name;
        this.at = at;
    }

    ColumnDraft column(String columnName) { return columns.get(columnName); }

    void requireColumns(List<String> names, Token at, String what, TokenCursor in) {
        for (String c : names) {
            if (!columns.containsKey(c)) throw in.invalid(at, what + " names column " + c + ", which table " + name + " does not have");
        }
    }

    void setPrimaryKey(List<String> keyColumns, Token at, TokenCursor in) {
        if (!primaryKey.isEmpty()) throw in.invalid(at, "table " + name + " already has a primary key");
        primaryKey = List.copyOf(keyColumns);
    }

    /** Builds the record; {@code primaryKeyOf} resolves a REFERENCES without a column list. */
    Table build(DdlDialect dialect, Function<String, List<String>> primaryKeyOf, Warnings warnings) {
        if (dialect == DdlDialect.SQLITE && primaryKey.size() == 1 && !withoutRowid) {
            ColumnDraft key = columns.get(primaryKey.get(0));
            if (key.rowidInteger) key.identity = true; // INTEGER PRIMARY KEY is the rowid alias
        }
        List<Column> builtColumns = columns.values().stream().map(c -> c.build(primaryKey.contains(c.name))).toList();
        Set<String> taken = new HashSet<>();
        foreignKeys.forEach(f -> f.name().ifPresent(taken::add));
        indexes.forEach(i -> taken.add(i.name()));
        checks.forEach(c -> c.name().ifPresent(taken::add));
        uniques.forEach(u -> u.name().ifPresent(taken::add));

        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKeyDraft f : foreignKeys) {
            List<String> referenced = f.referencedColumns().isEmpty() ? primaryKeyOf.apply(f.referencedTable()) : f.referencedColumns();
            if (referenced.size() != f.columns().size()) {
                warnings.add(f.at(), "foreign key of " + name + " (" + String.join(", ", f.columns()) + ") references "
                        + f.referencedTable() + ", whose primary key could not be matched; skipped");
                continue;
            }
            String fkName = f.name().orElseGet(() -> unique(taken, "fk_" + name + "_" + String.join("_", f.columns())));
            fks.add(new ForeignKey(fkName, f.columns(), f.referencedTable(), referenced, f.onDelete(), f.onUpdate()));
        }
        List<Unique> builtUniques = new ArrayList<>();
        for (UniqueDraft u : uniques) {
            builtUniques.add(new Unique(u.name().orElseGet(() -> unique(taken, "uq_" + name + "_" + String.join("_", u.columns()))), u.columns()));
        }
        List<Check> builtChecks = new ArrayList<>();
        for (CheckDraft c : checks) {
            int position = builtChecks.size() + 1;
            String checkName = c.name().orElseGet(() -> unique(taken, "ck_" + name + "_" + c.column().orElse(Integer.toString(position))));
            builtChecks.add(new Check(checkName, c.expression()));
        }
        Optional<PrimaryKey> pk = primaryKey.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(primaryKey));
        return new Table(name, builtColumns, pk, fks, indexes, builtChecks, builtUniques, List.of(), comment);
    }

    private static String unique(Set<String> taken, String base) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) candidate = base + "_" + n;
        taken.add(candidate);
        return candidate;
    }
}
