package dev.schemadesigner.review.rules.performance;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.QueryPattern;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ## What it flags
 * A query that filters or sorts on two or more columns of one table with no index whose
 * leading columns match: its equality columns (any order) followed by its range or ORDER BY
 * column. Without declared query patterns: a table with an owner column (`*_id`) and an event
 * time (`occurred_at`, any NOT NULL `*_at` but created/updated/deleted/expires) and no index on both.
 *
 * ## Why it matters
 * `WHERE customer_id = ? ORDER BY occurred_at DESC` with only an index on `customer_id` reads
 * and sorts every row of the customer; `(customer_id, occurred_at)` reads just the page asked for.
 *
 * ## Example
 * Pattern `SELECT * FROM pain_points WHERE feedback_id = ? AND category = ?` with only
 * single-column indexes.
 *
 * ## Fix
 * `CREATE INDEX idx_<table>_<columns> ON <table> (<equality columns>, <range or sort column>)`.
 *
 * ## Limits
 * Only AND-ed terms are read; a lookup by the whole primary key needs nothing. Terms a partial
 * index would bake in (`churn_risk > 70`) are left to `partial-index-suggestion`.
 */
public final class CompositeIndexSuggestionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("composite-index-suggestion", Area.PERFORMANCE, Severity.INFO,
            "a common multi-column filter/sort (foreign key + time, declared query patterns) with no composite index");
    private static final Set<String> NOT_EVENTS = Set.of("created_at", "updated_at", "deleted_at", "expires_at");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (context.hasQueryPatterns()) {
            for (QueryPattern q : context.queries()) {
                for (String name : q.tables()) {
                    Table t = context.table(name).orElse(null);
                    if (t == null || !q.partialPredicates(name).isEmpty()) continue;
                    suggest(context, t, q.lookupKey(name), q.equalityCount(name), "queries filter or sort on", seen, out);
                }
            }
            return out;
        }
        for (Table t : context.tables()) {
            Column time = t.columns().stream().filter(c -> SchemaFacts.isTemporal(c.type()) && !c.nullable() && c.name().endsWith("_at")
                    && !NOT_EVENTS.contains(c.name())).findFirst().orElse(null);
            if (time == null) continue;
            for (Column owner : t.columns()) {
                if (!owner.name().endsWith("_id") || SchemaFacts.isPrimaryKeyColumn(t, owner.name())) continue;
                suggest(context, t, List.of(owner.name(), time.name()), 1, "rows are listed per " + owner.name() + " by", seen, out);
            }
        }
        return out;
    }

    private void suggest(ReviewContext context, Table t, List<String> key, int equalities, String why, Set<String> seen, List<Finding> out) {
        if (key.size() < 2 || SchemaFacts.servesLookup(t, key, equalities) || !seen.add(t.name() + key)) return;
        if (t.primaryKey().isPresent() && key.subList(0, equalities).containsAll(t.primaryKey().get().columns())) return;
        String name = SchemaFacts.indexName(t.name(), key);
        String cols = String.join(", ", key);
        out.add(finding(t.name() + "." + String.join(",", key), why + " (" + cols + ") but no index leads with those columns",
                Fix.of("create index " + name + " on " + t.name() + " (" + cols + ")",
                        new CreateIndex(t.name(), Index.on(name, key.toArray(String[]::new)), context.concurrentIndexes()))));
    }
}
