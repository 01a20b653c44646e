package dev.schemadesigner.review;

import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Tables as nodes, foreign keys to other existing tables as edges (self-references left out). */
public final class ForeignKeyGraph {
    private final Map<String, List<String>> edges = new LinkedHashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final List<TreeSet<String>> components = new ArrayList<>();

    private ForeignKeyGraph(Schema schema) {
        for (Table t : schema.tables()) {
            List<String> targets = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.referencedTable().equals(t.name()) && schema.hasTable(fk.referencedTable())) targets.add(fk.referencedTable());
            }
            edges.put(t.name(), targets);
        }
    }

    /** Every group of two or more tables that reach each other through foreign keys (Tarjan's strongly connected components). */
    public static List<TreeSet<String>> cycles(Schema schema) {
        ForeignKeyGraph graph = new ForeignKeyGraph(schema);
        for (String v : graph.edges.keySet()) if (!graph.index.containsKey(v)) graph.visit(v);
        return graph.components.stream().filter(c -> c.size() > 1).toList();
    }

    private void visit(String v) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : edges.getOrDefault(v, List.of())) {
            if (!index.containsKey(w)) {
                visit(w);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            TreeSet<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                component.add(w);
            } while (!w.equals(v));
            components.add(component);
        }
    }
}
