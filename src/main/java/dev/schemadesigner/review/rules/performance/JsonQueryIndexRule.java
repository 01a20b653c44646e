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
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * A declared query that filters a JSON column by key (`event_data->>'channel' = ?`) or by
 * containment (`event_data @> ?`), with no expression index on that key and no GIN index on the column.
 *
 * ## Why it matters
 * Without one, every such query parses the JSON of every row. An expression index on the key
 * (or a GIN index for containment) turns it into an index lookup.
 *
 * ## Example
 * Pattern `SELECT * FROM customer_timeline WHERE event_data->>'channel' = ?`.
 *
 * ## Fix
 * `CREATE INDEX idx_<table>_<column>_<key> ON <table> ((<column>->>'<key>'))` for a key;
 * `CREATE INDEX … USING gin (<column>)` for containment (PostgreSQL).
 *
 * ## Limits
 * Needs declared query patterns: JSON columns never queried by key need no index. Any
 * expression index mentioning the column and key counts, whatever its exact form.
 */
public final class JsonQueryIndexRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("json-query-index", Area.PERFORMANCE, Severity.INFO,
            "a JSON column queried by key with no GIN / expression index");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (QueryPattern q : context.queries()) {
            for (QueryPattern.Predicate p : q.predicates()) {
                if (p.kind() != QueryPattern.Kind.JSON) continue;
                Table t = context.table(p.column().table()).orElse(null);
                String column = p.column().column();
                if (t == null || !t.column(column).map(c -> c.type() instanceof LogicalType.Json).orElse(false)) continue;
                if (indexed(t, column, p.jsonKey())) continue;
                String object = t.name() + "." + column;
                if (out.stream().anyMatch(f -> f.object().equals(object) && f.message().contains(p.jsonKey().orElse("containment")))) continue;
                Index index = p.jsonKey().isPresent()
                        ? new Index(SchemaFacts.indexName(t.name(), List.of(column, p.jsonKey().get().replaceAll("\\W", "_"))),
                            List.of(IndexKey.expression(column + "->>'" + p.jsonKey().get() + "'")), false, Optional.empty(), List.of(), Optional.empty())
                        : Index.on(SchemaFacts.indexName(t.name(), List.of(column)), column).withMethod("gin");
                String what = p.jsonKey().map(k -> "key " + k).orElse("containment");
                out.add(finding(object, "queries filter " + column + " by " + what + " with no index on it",
                        Fix.of("create index " + index.name() + " on " + t.name() + " (" + index.describeKeys() + ")",
                                new CreateIndex(t.name(), index, context.concurrentIndexes()))));
            }
        }
        return out;
    }

    private static boolean indexed(Table t, String column, Optional<String> key) {
        if (key.isEmpty()) return t.indexes().stream().anyMatch(i -> i.method().orElse("").equals("gin") && i.columnNames().contains(column));
        return t.indexes().stream().anyMatch(i -> i.keys().stream().anyMatch(k -> k instanceof IndexKey.ExpressionKey x
                && x.sql().contains(column) && x.sql().contains(key.get())));
    }
}
