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
import java.util.List;
import java.util.Set;

/**
 * ## What it flags
 * A column that queries filter, sort or expire rows by, with no index leading with it. With
 * declared query patterns: the one lookup column of a query. Without: expiry and schedule
 * columns (`expires_at`, `valid_until`, `due_at`, `scheduled_at`, `next_run_at`).
 *
 * ## Why it matters
 * The cleanup job `DELETE FROM analysis_cache WHERE expires_at < now()` scans the whole cache
 * every time it runs, and gets slower exactly as the cache grows.
 *
 * ## Example
 * `analysis_cache.expires_at timestamptz NOT NULL` with no index.
 *
 * ## Fix
 * `CREATE INDEX idx_<table>_<column> ON <table> (<column>)`.
 *
 * ## Limits
 * Queries filtering on two or more columns are left to `composite-index-suggestion`, fixed
 * thresholds to `partial-index-suggestion`. `created_at` ranges are only seen in declared patterns.
 */
public final class MissingFilterIndexRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("missing-filter-index", Area.PERFORMANCE, Severity.INFO,
            "a column used to filter, sort or expire rows (expires_at, created_at ranges) with no index");
    private static final Set<String> EXPIRY = Set.of("expires_at", "expire_at", "expiry", "expiry_date", "valid_until",
            "due_at", "scheduled_at", "next_run_at", "run_at");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (context.hasQueryPatterns()) {
            for (QueryPattern q : context.queries()) {
                for (String name : q.tables()) {
                    Table t = context.table(name).orElse(null);
                    List<String> key = q.lookupKey(name);
                    if (t == null || key.size() != 1 || !q.partialPredicates(name).isEmpty()) continue;
                    suggest(context, t, key.get(0), "queries filter or sort on", out);
                }
            }
            return out;
        }
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (EXPIRY.contains(c.name()) && SchemaFacts.isTemporal(c.type())) suggest(context, t, c.name(), "rows expire or come due by", out);
            }
        }
        return out;
    }

    private void suggest(ReviewContext context, Table t, String column, String why, List<Finding> out) {
        boolean indexed = SchemaFacts.keyLists(t, true).stream().anyMatch(k -> k.get(0).equals(column));
        String object = t.name() + "." + column;
        if (indexed || out.stream().anyMatch(f -> f.object().equals(object))) return;
        String name = SchemaFacts.indexName(t.name(), List.of(column));
        out.add(finding(object, why + " " + column + " but no index leads with it",
                Fix.of("create index " + name + " on " + t.name() + " (" + column + ")",
                        new CreateIndex(t.name(), Index.on(name, column), context.concurrentIndexes()))));
    }
}
