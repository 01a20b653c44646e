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
import dev.schemadesigner.schema.ExpressionKind;
import dev.schemadesigner.schema.ExpressionReader;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * A declared query that filters a JSON column by key — `event_data->>'channel' = ?`, a path
 * (`dimensions->'box'->>'size'`), a cast (`(attributes->>'weight')::int > ?`),
 * `json_extract(data, '$.kind')`, `JSON_VALUE(settings, '$.theme')` — with no expression index
 * on what it compares; or, on PostgreSQL, by containment or key existence (`@>`, `?`) with no GIN
 * index on the column.
 *
 * ## Why it matters
 * Without one, every such query parses the JSON of every row. An index on the expression the
 * query compares (or a GIN index for containment) turns it into an index lookup.
 *
 * ## Example
 * Pattern `SELECT * FROM customer_timeline WHERE event_data->>'channel' = ?`.
 *
 * ## Fix
 * An index on exactly the expression the query compares, so the planner can match it:
 * `CREATE INDEX idx_<table>_<column>_<key> ON <table> ((<expression>))` on PostgreSQL and SQLite;
 * `CREATE INDEX … USING gin (<column>)` for containment and existence (PostgreSQL). MariaDB
 * indexes no expression: the finding says to add a virtual column for the key and index it.
 * Where the schema model cannot hold the expression (PostgreSQL's `->>` operators are not among
 * the allowed index expressions), the finding gives the index as SQL to run and proposes no change.
 *
 * ## Limits
 * Needs declared query patterns: JSON columns never queried by key need no index. Any
 * expression index mentioning the column and key counts, whatever its exact form. Containment
 * on SQLite and MariaDB is not reported: neither has an index for it.
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
                if (p.jsonKey().isEmpty() && !context.postgresql()) continue;
                String object = t.name() + "." + column;
                String what = p.jsonKey().map(k -> "key " + k).orElse("containment");
                if (out.stream().anyMatch(f -> f.object().equals(object) && f.message().contains(" " + what + " "))) continue;
                out.add(p.jsonKey().isPresent() ? byKey(context, t, column, p.jsonKey().get(), p.jsonExpression().orElse(column + "->>'" + p.jsonKey().get() + "'"))
                        : containment(context, t, column));
            }
        }
        return out;
    }

    private Finding byKey(ReviewContext context, Table t, String column, String key, String expression) {
        String object = t.name() + "." + column;
        String name = SchemaFacts.indexName(t.name(), List.of(column, key.replaceAll("\\W", "_")));
        String why = "queries filter " + column + " by key " + key + " with no index on it, so each one parses the JSON of every " + t.name() + " row";
        if (context.dialect().equals("mariadb")) {
            return finding(object, why + "; MariaDB indexes no expression: add a virtual column AS (" + expression + ") and index it");
        }
        Index index = new Index(name, List.of(IndexKey.expression(expression)), false, Optional.empty(), List.of(), Optional.empty());
        if (ExpressionReader.refusal(expression, ExpressionReader.Scope.of(ExpressionKind.INDEX_KEY, t).forDialect(context.dialect())).isPresent()) {
            return finding(object, why + "; an index on the expression serves it: CREATE INDEX " + name + " ON " + t.name() + " ((" + expression + "))");
        }
        return finding(object, why + "; an index on the expression serves it",
                Fix.of("create index " + name + " on " + t.name() + " (" + index.describeKeys() + ")", new CreateIndex(t.name(), index, context.concurrentIndexes())));
    }

    private Finding containment(ReviewContext context, Table t, String column) {
        Index index = Index.on(SchemaFacts.indexName(t.name(), List.of(column)), column).withMethod("gin");
        return finding(t.name() + "." + column, "queries filter " + column + " by containment with no index on it, so each one reads every "
                        + t.name() + " row; a GIN index on " + column + " serves @> and ?",
                Fix.of("create index " + index.name() + " on " + t.name() + " USING gin (" + column + ")", new CreateIndex(t.name(), index, context.concurrentIndexes())));
    }

    private static boolean indexed(Table t, String column, Optional<String> key) {
        if (key.isEmpty()) return t.indexes().stream().anyMatch(i -> i.method().orElse("").equals("gin") && i.columnNames().contains(column));
        return t.indexes().stream().anyMatch(i -> i.keys().stream().anyMatch(k -> k instanceof IndexKey.ExpressionKey x
                && x.sql().contains(column) && x.sql().contains(key.get())));
    }
}
