package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables in an order in which each one's foreign keys point only at tables created before it
 * (self-references aside). Where tables reference each other in a cycle, the first table of the
 * cycle in schema order is created first and its keys to the later tables are {@link #deferred}:
 * added with ALTER TABLE once every table exists.
 */
record TableOrder(List<Table> tables, Map<String, List<ForeignKey>> deferred) {

    static TableOrder of(Schema schema) {
        List<Table> remaining = new ArrayList<>(schema.tables());
        Set<String> known = new HashSet<>();
        schema.tables().forEach(t -> known.add(t.name()));
        Set<String> created = new HashSet<>();
        List<Table> ordered = new ArrayList<>();
        Map<String, List<ForeignKey>> deferred = new LinkedHashMap<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> ready(t, created, known)).findFirst()
                    .or(() -> remaining.stream().filter(t -> inCycle(t, remaining, created, known)).findFirst())
                    .orElse(remaining.get(0));
            List<ForeignKey> later = next.foreignKeys().stream().filter(fk -> !satisfied(next, fk, created, known)).toList();
            if (!later.isEmpty()) deferred.put(next.name(), later);
            ordered.add(next);
            created.add(next.name());
            remaining.remove(next);
        }
        return new TableOrder(ordered, deferred);
    }

    List<ForeignKey> deferredOf(String table) { return deferred.getOrDefault(table, List.of()); }

    /** Whether {@code start} reaches itself through foreign keys to tables not yet created. */
    private static boolean inCycle(Table start, List<Table> remaining, Set<String> created, Set<String> known) {
        Map<String, Table> byName = new LinkedHashMap<>();
        remaining.forEach(t -> byName.put(t.name(), t));
        List<Table> todo = new ArrayList<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Table t = todo.remove(todo.size() - 1);
            for (ForeignKey fk : t.foreignKeys()) {
                if (satisfied(t, fk, created, known)) continue;
                if (fk.referencedTable().equals(start.name())) return true;
                if (seen.add(fk.referencedTable())) todo.add(byName.get(fk.referencedTable()));
            }
        }
        return false;
    }

    private static boolean ready(Table t, Set<String> created, Set<String> known) {
        return t.foreignKeys().stream().allMatch(fk -> satisfied(t, fk, created, known));
    }

    private static boolean satisfied(Table t, ForeignKey fk, Set<String> created, Set<String> known) {
        String target = fk.referencedTable();
        return target.equals(t.name()) || created.contains(target) || !known.contains(target);
    }
}
