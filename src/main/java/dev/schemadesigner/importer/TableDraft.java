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

        /** The copy a child table gets through INHERITS: the same column, its own from then on. */
        ColumnDraft inherited() {
            ColumnDraft copy = copyNamed(name);
            copy.comment = Optional.empty();
            return copy;
        }

        ColumnDraft copyNamed(String newName) {
            ColumnDraft copy = new ColumnDraft(newName, type);
            copy.nullable = nullable;
            copy.defaultValue = defaultValue;
            copy.identity = identity;
            copy.rowidInteger = rowidInteger;
            copy.comment = comment;
            return copy;
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

    String name;
    final Token at;
    final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
    List<String> primaryKey = List.of();
    Optional<String> primaryKeyName = Optional.empty();
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

    /** Drops the column and what PostgreSQL drops with it: indexes, keys and constraints on it. */
    boolean dropColumn(String column) {
        if (columns.remove(column) == null) return false;
        if (primaryKey.contains(column)) {
            primaryKey = List.of();
            primaryKeyName = Optional.empty();
        }
        indexes.removeIf(i -> i.columnNames().contains(column) || i.include().contains(column) || mentions(i.keys(), column));
        uniques.removeIf(u -> u.columns().contains(column));
        foreignKeys.removeIf(f -> f.columns().contains(column));
        checks.removeIf(c -> c.column().filter(column::equals).isPresent());
        return true;
    }

    private static boolean mentions(List<dev.schemadesigner.schema.IndexKey> keys, String column) {
        return keys.stream().anyMatch(k -> k instanceof dev.schemadesigner.schema.IndexKey.ExpressionKey x
                && java.util.regex.Pattern.compile("(?<![\\w\"])\"?" + java.util.regex.Pattern.quote(column) + "\"?(?![\\w\"])").matcher(x.sql()).find());
    }

    /** DROP CONSTRAINT / INDEX / FOREIGN KEY by name; false when nothing has that name. */
    boolean dropConstraint(String constraint) {
        boolean dropped = indexes.removeIf(i -> i.name().equals(constraint))
                | uniques.removeIf(u -> u.name().filter(constraint::equals).isPresent())
                | foreignKeys.removeIf(f -> f.name().filter(constraint::equals).isPresent())
                | checks.removeIf(c -> c.name().filter(constraint::equals).isPresent());
        if (!dropped && !primaryKey.isEmpty() && primaryKeyName.orElse(name + "_pkey").equals(constraint)) {
            primaryKey = List.of();
            primaryKeyName = Optional.empty();
            dropped = true;
        }
        return dropped;
    }

    boolean renameConstraint(String old, String renamed) {
        boolean found = false;
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).name().equals(old)) {
                indexes.set(i, indexes.get(i).withName(renamed));
                found = true;
            }
        }
        found |= replaceNamed(uniques, u -> u.name(), u -> new UniqueDraft(Optional.of(renamed), u.columns()), old);
        found |= replaceNamed(checks, c -> c.name(), c -> new CheckDraft(Optional.of(renamed), c.expression(), c.column()), old);
        found |= replaceNamed(foreignKeys, f -> f.name(), f -> new ForeignKeyDraft(Optional.of(renamed), f.columns(), f.referencedTable(),
                f.referencedColumns(), f.onDelete(), f.onUpdate(), f.at()), old);
        if (!found && primaryKeyName.orElse(name + "_pkey").equals(old) && !primaryKey.isEmpty()) {
            primaryKeyName = Optional.of(renamed);
            found = true;
        }
        return found;
    }

    private static <T> boolean replaceNamed(List<T> list, Function<T, Optional<String>> nameOf, java.util.function.UnaryOperator<T> renamed, String old) {
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (nameOf.apply(list.get(i)).filter(old::equals).isPresent()) {
                list.set(i, renamed.apply(list.get(i)));
                found = true;
            }
        }
        return found;
    }

    /** After a column rename: keys, indexes and constraints follow the new name (expressions keep their text). */
    void renameColumnReferences(String old, String renamed) {
        java.util.function.UnaryOperator<List<String>> swap = cols -> cols.stream().map(c -> c.equals(old) ? renamed : c).toList();
        primaryKey = swap.apply(primaryKey);
        for (int i = 0; i < indexes.size(); i++) {
            Index ix = indexes.get(i);
            indexes.set(i, ix.withKeys(ix.keys().stream().map(k -> k instanceof dev.schemadesigner.schema.IndexKey.ColumnKey c
                    && c.column().equals(old) ? dev.schemadesigner.schema.IndexKey.column(renamed) : k).toList()).withInclude(swap.apply(ix.include())));
        }
        uniques.replaceAll(u -> new UniqueDraft(u.name(), swap.apply(u.columns())));
        foreignKeys.replaceAll(f -> new ForeignKeyDraft(f.name(), swap.apply(f.columns()), f.referencedTable(), f.referencedColumns(),
                f.onDelete(), f.onUpdate(), f.at()));
        checks.replaceAll(c -> new CheckDraft(c.name(), c.expression(), c.column().map(x -> x.equals(old) ? renamed : x)));
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
        if (dialect == DdlDialect.MARIADB) addImplicitForeignKeyIndexes();
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

    /**
     * MariaDB/MySQL give a foreign key with no index leading with its columns an index of its own. One
     * made for a named key carries the key's name and is not listed in the stored form; one made for
     * an unnamed key is named like an unnamed index (after its first column) and is an ordinary index.
     */
    private void addImplicitForeignKeyIndexes() {
        // mysqldump lists the index that backs a named key (KEY fk_x (c) … CONSTRAINT fk_x FOREIGN KEY (c)):
        // index and key names are separate namespaces there, and the stored form leaves that index out
        indexes.removeIf(i -> !i.unique() && foreignKeys.stream().anyMatch(f -> f.name().filter(i.name()::equals).isPresent()
                && i.leadsWith(f.columns())));
        for (ForeignKeyDraft f : foreignKeys) {
            if (f.name().isPresent() || !columns.keySet().containsAll(f.columns())) continue;
            boolean led = startsWith(primaryKey, f.columns())
                    || indexes.stream().anyMatch(i -> i.leadsWith(f.columns()))
                    || uniques.stream().anyMatch(u -> startsWith(u.columns(), f.columns()));
            if (led) continue;
            List<dev.schemadesigner.schema.IndexKey> keys = f.columns().stream().map(dev.schemadesigner.schema.IndexKey::column).toList();
            indexes.add(new Index(IndexNames.mariadb(this, keys), keys, false, Optional.empty(), List.of(), Optional.empty()));
        }
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    private static String unique(Set<String> taken, String base) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) candidate = base + "_" + n;
        taken.add(candidate);
        return candidate;
    }
}
