package dev.schemadesigner.chat;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.plan.Naming;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the planner added beyond the words of the request: a parent table it pulled in because a new
 * table references it, indexes (on foreign keys, for the query patterns, the catalogue's usual lookups)
 * and the project's base columns (timestamps). Each is an {@link AlsoChanged} whose undo, sent as the
 * next turn's fix, takes only it back. Read from the plan's operations, so it holds for any planner;
 * something the request names (the table, "index … status", "timestamps") is not an extra.
 */
final class PlannedExtras {
    static final String IMPLIED_TABLE = "plan:implied-table";
    static final String FOREIGN_KEY_INDEX = "plan:foreign-key-index";
    static final String QUERY_INDEX = "plan:query-index";
    static final String INDEX = "plan:index";
    static final String BASE_COLUMNS = "plan:base-columns";

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlannedExtras() {}

    /**
     * {@code planned}: the plan's changes; {@code after}: the schema at the end of the turn, which each undo
     * starts from; {@code baseColumns}: the project's base model (its primary key first).
     */
    static List<AlsoChanged> of(String request, ChangeSet planned, List<String> queryPatterns, Schema before, Schema after, List<Column> baseColumns) {
        String words = " " + NOT_WORD.matcher(request.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
        List<AlsoChanged> out = new ArrayList<>();
        List<String> created = planned.ops().stream().filter(CreateTable.class::isInstance).map(op -> ((CreateTable) op).table().name()).toList();
        for (String table : created) impliedTable(table, words, before, after).ifPresent(out::add);
        baseColumns(created.stream().flatMap(t -> after.table(t).stream()).toList(), words, baseColumns).ifPresent(out::add);
        for (Op op : planned.ops()) {
            if (op instanceof CreateTable o) {
                for (Index ix : o.table().indexes()) index(o.table().name(), ix, false, words, queryPatterns, after).ifPresent(out::add);
            } else if (op instanceof CreateIndex o) {
                index(o.table(), o.index(), o.concurrently(), words, queryPatterns, after).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A new table the request does not name that another table of the turn references: a parent the design needed. */
    private static Optional<AlsoChanged> impliedTable(String table, String words, Schema before, Schema after) {
        if (named(table, words) || after.table(table).isEmpty()) return Optional.empty();
        List<Table> children = after.referencing(table).stream().filter(c -> !c.name().equals(table)).toList();
        if (children.isEmpty()) return Optional.empty();
        List<String> refs = new ArrayList<>();
        List<Op> undo = new ArrayList<>();
        for (Table child : children) {
            for (ForeignKey fk : child.foreignKeys()) {
                if (!fk.referencedTable().equals(table)) continue;
                refs.add(child.name() + "." + String.join(", ", fk.columns()));
                undo.addAll(dropReference(child, fk, before));
            }
        }
        undo.add(new DropTable(table));
        String change = "added table " + table;
        return Optional.of(new AlsoChanged(IMPLIED_TABLE, table, change,
                String.join(" and ", refs) + (refs.size() == 1 ? " needs" : " need") + " a " + table + " table to reference",
                new Fix("undo: " + change + " (and " + String.join(", ", refs) + ")", new ChangeSet(undo))));
    }

    /** The foreign key, its columns and what uses them (indexes, uniques), so the parent can go. */
    private static List<Op> dropReference(Table child, ForeignKey fk, Schema before) {
        boolean existing = before.hasTable(child.name());
        List<Op> ops = new ArrayList<>();
        Set<String> columns = Set.copyOf(fk.columns());
        for (Index ix : child.indexes()) {
            if (ix.columnNames().stream().anyMatch(columns::contains)) ops.add(new DropIndex(child.name(), ix.name(), existing));
        }
        for (var u : child.uniques()) if (u.columns().stream().anyMatch(columns::contains)) ops.add(new DropConstraint(child.name(), u.name()));
        ops.add(new DropForeignKey(child.name(), fk.name()));
        List<String> key = child.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        for (String c : fk.columns()) if (!key.contains(c)) ops.add(new DropColumn(child.name(), c));
        return ops;
    }

    /** The base model's columns beyond its key (created_at, updated_at) on the new tables, as one extra, unless the request asks for them. */
    private static Optional<AlsoChanged> baseColumns(List<Table> tables, String words, List<Column> base) {
        if (words.contains(" timestamp")) return Optional.empty();
        List<String> names = base.stream().skip(1).map(Column::name).filter(c -> !named(c, words)).toList();
        List<Op> undo = new ArrayList<>();
        Set<String> columns = new java.util.LinkedHashSet<>();
        List<String> on = new ArrayList<>();
        for (Table table : tables) {
            List<String> added = names.stream().filter(table::hasColumn).filter(c -> !usedByKeyOrIndex(table, c)).toList();
            if (added.isEmpty()) continue;
            added.forEach(c -> undo.add(new DropColumn(table.name(), c)));
            columns.addAll(added);
            on.add(table.name());
        }
        if (undo.isEmpty()) return Optional.empty();
        String list = String.join(", ", columns);
        String change = "added " + list + " to " + String.join(", ", on);
        return Optional.of(new AlsoChanged(BASE_COLUMNS, String.join(",", on), change,
                "the project's base model gives every table " + list, new Fix("undo: " + change, new ChangeSet(undo))));
    }

    private static boolean usedByKeyOrIndex(Table table, String column) {
        return table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)
                || table.indexes().stream().anyMatch(i -> i.columnNames().contains(column))
                || table.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || table.foreignKeys().stream().anyMatch(f -> f.columns().contains(column));
    }

    /** A plain index the request did not ask for ("index tickets by status" asks), with why it is there. */
    private static Optional<AlsoChanged> index(String table, Index ix, boolean concurrently, String words, List<String> queryPatterns, Schema after) {
        if (ix.unique() || after.table(table).flatMap(t -> t.index(ix.name())).isEmpty()) return Optional.empty();
        List<String> columns = ix.columnNames();
        if (words.contains(" index") && columns.stream().anyMatch(c -> named(c, words))) return Optional.empty();
        Table t = after.table(table).orElseThrow();
        Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> ix.leadsWith(f.columns())).findFirst();
        Optional<String> query = queryPatterns.stream().filter(q -> q.contains(table) && columns.stream().allMatch(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(q).find())).findFirst();
        String on = table + " (" + String.join(", ", columns) + ")";
        String change = "added index " + ix.name() + " on " + on;
        String rule;
        String because;
        if (fk.isPresent()) {
            rule = FOREIGN_KEY_INDEX;
            because = table + "." + String.join(", ", fk.get().columns()) + " is a foreign key to " + fk.get().referencedTable()
                    + ": joins, and deletes of " + fk.get().referencedTable() + " rows, look it up";
        } else if (query.isPresent()) {
            rule = QUERY_INDEX;
            because = "the expected query " + query.get() + " filters or sorts on it";
        } else {
            rule = INDEX;
            because = table + " is usually looked up by " + String.join(", ", columns);
        }
        return Optional.of(new AlsoChanged(rule, ix.name(), change, because,
                new Fix("undo: " + change, ChangeSet.of(new DropIndex(table, ix.name(), concurrently)))));
    }

    /** Whether the request names {@code name} ({@code order_items}: "order items", "order item", "order_items"). */
    private static boolean named(String name, String words) {
        String spaced = name.replace('_', ' ');
        String singular = Naming.singular(name).replace('_', ' ');
        return words.contains(" " + spaced + " ") || words.contains(" " + singular + " ") || words.contains(" " + singular + "s ")
                || words.contains(" " + name.replace("_", "") + " ");
    }
}
