package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * ## What it flags
 * A cycle of foreign keys between two or more tables (`a → b → a`). A table referencing itself
 * (a tree) is allowed.
 *
 * ## Why it matters
 * Neither table can be filled first without NULLs or deferred constraints, deletes need a
 * careful order, and migrations, fixtures and `pg_dump --data-only` restores fail on the cycle.
 *
 * ## Example
 * `customers.primary_address_id → addresses.id` and `addresses.customer_id → customers.id`.
 *
 * ## Fix
 * Break the cycle: move one side into a link table (`customer_primary_address`) or drop the
 * back-reference and derive it by query. No change is proposed automatically.
 *
 * ## Limits
 * Each strongly connected group of tables is reported once, on its alphabetically first table.
 */
public final class CircularDependencyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("circular-dependency", Area.SCHEMA, Severity.WARNING,
            "a cycle of foreign keys between tables (a self-reference is allowed)");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        Map<String, List<String>> edges = new java.util.LinkedHashMap<>();
        for (Table t : context.tables()) {
            List<String> targets = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.referencedTable().equals(t.name()) && context.table(fk.referencedTable()).isPresent()) targets.add(fk.referencedTable());
            }
            edges.put(t.name(), targets);
        }
        List<Finding> out = new ArrayList<>();
        for (TreeSet<String> cycle : new Tarjan(edges).components()) {
            if (cycle.size() < 2) continue;
            out.add(finding(cycle.first(), "tables " + String.join(", ", cycle) + " reference each other in a cycle of foreign keys"));
        }
        return out;
    }

    /** Strongly connected components, iterating tables in schema order. */
    private static final class Tarjan {
        private final Map<String, List<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<TreeSet<String>> components = new ArrayList<>();

        Tarjan(Map<String, List<String>> edges) { this.edges = edges; }

        List<TreeSet<String>> components() {
            for (String v : edges.keySet()) if (!index.containsKey(v)) visit(v);
            return components;
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
                do { w = stack.pop(); component.add(w); } while (!w.equals(v));
                components.add(component);
            }
        }
    }
}
