package dev.schemadesigner.chat;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one turn did to the schema, read from the schema before and after it: tables, columns,
 * indexes, constraints and enum types added, changed or removed, each with a short description of
 * what it is (or was → is). A renamed object shows as removed and added.
 */
public record SchemaDelta(List<TableDelta> tables, List<Item> enums) {

    public static final SchemaDelta NONE = new SchemaDelta(List.of(), List.of());

    public SchemaDelta {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
    }

    public enum Change {
        ADDED, CHANGED, REMOVED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Change of(String name) { return valueOf(name.toUpperCase(java.util.Locale.ROOT)); }
    }

    /** One table: {@code added} lists its columns, indexes and constraints as added; {@code removed} lists nothing. */
    public record TableDelta(String table, Change change, List<Item> columns, List<Item> indexes, List<Item> constraints) {
        public TableDelta {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(change, "change");
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
            constraints = List.copyOf(constraints);
        }
    }

    /** One column, index, constraint or enum type; {@code detail}: what it is, or for a change "was → is". */
    public record Item(String name, Change change, String detail) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public boolean isEmpty() { return tables.isEmpty() && enums.isEmpty(); }

    public static SchemaDelta between(Schema before, Schema after) {
        List<TableDelta> tables = new ArrayList<>();
        Map<String, Table> old = byName(before.tables(), Table::name);
        Map<String, Table> now = byName(after.tables(), Table::name);
        for (Table t : after.tables()) {
            Table was = old.get(t.name());
            if (was == null) {
                tables.add(new TableDelta(t.name(), Change.ADDED, compare(List.of(), t.columns(), Column::name, SchemaDelta::describe),
                        compare(List.of(), t.indexes(), Index::name, SchemaDelta::describe), compare(Map.of(), constraints(t))));
                continue;
            }
            TableDelta d = new TableDelta(t.name(), Change.CHANGED, compare(was.columns(), t.columns(), Column::name, SchemaDelta::describe),
                    compare(was.indexes(), t.indexes(), Index::name, SchemaDelta::describe), compare(constraints(was), constraints(t)));
            if (!d.columns().isEmpty() || !d.indexes().isEmpty() || !d.constraints().isEmpty()) tables.add(d);
        }
        for (Table t : before.tables()) {
            if (!now.containsKey(t.name())) tables.add(new TableDelta(t.name(), Change.REMOVED, List.of(), List.of(), List.of()));
        }
        return new SchemaDelta(tables, compare(before.enums(), after.enums(), EnumType::name, e -> String.join(", ", e.values())));
    }

    private static <T> List<Item> compare(List<T> before, List<T> after, Function<T, String> name, Function<T, String> describe) {
        Map<String, String> old = new LinkedHashMap<>();
        before.forEach(x -> old.put(name.apply(x), describe.apply(x)));
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach(x -> now.put(name.apply(x), describe.apply(x)));
        return compare(old, now);
    }

    /** Items by name → description, compared: new names added, changed descriptions "was → is", missing names removed. */
    private static List<Item> compare(Map<String, String> before, Map<String, String> after) {
        List<Item> out = new ArrayList<>();
        after.forEach((name, detail) -> {
            String was = before.get(name);
            if (was == null) out.add(new Item(name, Change.ADDED, detail));
            else if (!was.equals(detail)) out.add(new Item(name, Change.CHANGED, was + " → " + detail));
        });
        before.forEach((name, detail) -> { if (!after.containsKey(name)) out.add(new Item(name, Change.REMOVED, detail)); });
        return out;
    }

    /** A table's constraints by name: the primary key, foreign keys, checks and unique constraints. */
    private static Map<String, String> constraints(Table t) {
        Map<String, String> out = new LinkedHashMap<>();
        t.primaryKey().ifPresent(pk -> out.put("primary key", "primary key (" + String.join(", ", pk.columns()) + ")"));
        for (ForeignKey f : t.foreignKeys()) {
            out.put(f.name(), "foreign key (" + String.join(", ", f.columns()) + ") → " + f.referencedTable() + " ("
                    + String.join(", ", f.referencedColumns()) + ") on delete " + f.onDelete().sql());
        }
        for (Check c : t.checks()) out.put(c.name(), "check (" + c.expression() + ")");
        for (Unique u : t.uniques()) out.put(u.name(), "unique (" + String.join(", ", u.columns()) + ")");
        return out;
    }

    private static String describe(Column c) {
        return c.type().describe() + (c.nullable() ? " NULL" : " NOT NULL") + (c.identity() ? " identity" : "")
                + c.defaultValue().map(d -> " DEFAULT " + d.describe()).orElse("");
    }

    private static String describe(Index i) {
        return (i.unique() ? "unique " : "") + "(" + i.describeKeys() + ")" + i.where().map(w -> " WHERE " + w).orElse("");
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(x -> out.put(name.apply(x), x));
        return out;
    }
}
