package dev.schemadesigner.review.rules.performance;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.QueryPattern;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A declared query that aggregates (`count`, `sum`, `avg`, `min`, `max`) with GROUP BY over a
 * whole table or a join, without an equality filter narrowing it to a few rows.
 *
 * ## Why it matters
 * A dashboard that recomputes "pain points per category per week" reads the whole table on
 * every page view. A materialized view computes it once and is refreshed on a schedule
 * (`REFRESH MATERIALIZED VIEW CONCURRENTLY`), so reads cost a lookup.
 *
 * ## Example
 * Pattern `SELECT category, count(*) FROM pain_points GROUP BY category`.
 *
 * ## Fix
 * `CREATE MATERIALIZED VIEW <table>_<group columns>_summary AS <the query>` with a unique
 * index for concurrent refresh (PostgreSQL), or a summary table maintained by a job elsewhere.
 * Views are not part of the schema model, so no change is proposed.
 *
 * ## Limits
 * Table sizes are unknown: a small table needs no view. Only declared query patterns are read.
 */
public final class MaterializedViewSuggestionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("materialized-view-suggestion", Area.PERFORMANCE, Severity.INFO,
            "a repeated aggregation over a large table");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (QueryPattern q : context.queries()) {
            if (!q.isAggregation() || q.groupBy().isEmpty() || q.tables().isEmpty()) continue;
            String table = q.tables().get(0);
            boolean narrowed = q.predicates().stream().anyMatch(p -> p.kind() == QueryPattern.Kind.EQUALITY && !p.constant());
            if (narrowed || context.table(table).isEmpty()) continue;
            String groups = String.join(", ", q.groupBy().stream().map(QueryPattern.ColumnRef::column).toList());
            String over = q.tables().size() > 1 ? String.join(" joined with ", q.tables()) : table;
            String message = "a query aggregates " + over + " by " + groups + " on every read; a materialized view refreshed on a schedule serves it";
            if (out.stream().noneMatch(f -> f.message().equals(message))) out.add(finding(table, message));
        }
        return out;
    }
}
