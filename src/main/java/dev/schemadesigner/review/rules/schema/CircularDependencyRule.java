package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ForeignKeyGraph;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;

import java.util.ArrayList;
import java.util.List;
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
        List<Finding> out = new ArrayList<>();
        for (TreeSet<String> cycle : ForeignKeyGraph.cycles(context.schema())) {
            out.add(finding(cycle.first(), "tables " + String.join(", ", cycle) + " reference each other in a cycle of foreign keys"));
        }
        return out;
    }
}
