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
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.SqlExpressions;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ## What it flags
 * A filter on a fixed threshold or flag (`churn_risk > 70`, `deleted_at IS NULL`,
 * `severity >= 7`) with no partial index for it. Without declared query patterns: a nullable
 * `deleted_at` or an `is_deleted` flag (soft delete) that no partial index excludes, and a `severity` or `priority`
 * column indexed in full.
 *
 * ## Why it matters
 * When the query only ever wants the few hot rows, an index over just those rows is a
 * fraction of the size, stays in memory, and costs nothing on writes of the other rows.
 *
 * ## Example
 * Pattern `SELECT * FROM feedback_analysis WHERE churn_risk > 70`.
 *
 * ## Fix
 * `CREATE INDEX idx_<table>_<columns>_partial ON <table> (<columns>) WHERE <condition>`: the
 * query's other lookup columns as keys (or the filtered column itself), its fixed condition as WHERE.
 *
 * ## Limits
 * Only the first fixed condition of a query is used. The heuristics' threshold (`>= 7` on a
 * 1–10 scale) is the skill's example, not a measurement. SQLite and PostgreSQL only.
 */
public final class PartialIndexSuggestionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("partial-index-suggestion", Area.PERFORMANCE, Severity.INFO,
            "a filter on a threshold or flag (churn_risk > 70, deleted_at IS NULL, severity >= 7) better served by a partial index");
    private static final Set<String> PRIORITIES = Set.of("severity", "priority");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (context.dialect().equals("mariadb")) return out;
        if (context.hasQueryPatterns()) {
            for (QueryPattern q : context.queries()) {
                for (String name : q.tables()) {
                    Table t = context.table(name).orElse(null);
                    if (t == null || q.partialPredicates(name).isEmpty()) continue;
                    QueryPattern.Predicate p = q.partialPredicates(name).get(0);
                    List<String> key = q.lookupKey(name);
                    suggest(context, t, key.isEmpty() ? List.of(p.column().column()) : key, QueryPattern.unqualified(p), out);
                }
            }
            return out;
        }
        for (Table t : context.tables()) {
            // any partial index that names the soft-delete column is taken to be the one for live rows (NOT is_deleted, is_deleted IS FALSE)
            softDelete(t).filter(live -> t.indexes().stream().noneMatch(i -> i.where().map(w -> SchemaFacts.tokens(w.replaceAll("[^A-Za-z0-9_]+", "_"))
                            .contains(live.split(" ")[0])).orElse(false)))
                    .ifPresent(live -> t.foreignKeys().stream().findFirst().ifPresent(fk -> suggest(context, t, fk.columns(), live, out)));
            for (Index ix : t.indexes()) {
                List<String> cols = ix.columnNames();
                if (cols.size() == 1 && ix.keys().size() == 1 && ix.where().isEmpty() && PRIORITIES.contains(cols.get(0))) {
                    suggest(context, t, cols, cols.get(0) + " >= 7", out);
                }
            }
        }
        return out;
    }

    /** The condition of a soft-deleted table's live rows: a nullable {@code deleted_at}, or an {@code is_deleted} / {@code deleted} flag. */
    private static Optional<String> softDelete(Table t) {
        if (t.column("deleted_at").filter(Column::nullable).isPresent()) return Optional.of("deleted_at IS NULL");
        for (String flag : List.of("is_deleted", "deleted")) {
            if (t.column(flag).filter(c -> c.type() instanceof LogicalType.Bool).isPresent()) return Optional.of(flag + " = false");
        }
        return Optional.empty();
    }

    private void suggest(ReviewContext context, Table t, List<String> key, String where, List<Finding> out) {
        boolean exists = t.indexes().stream().anyMatch(i -> i.where().map(w -> SqlExpressions.equivalent(w, where)).orElse(false));
        String object = t.name() + "." + String.join(",", key);
        if (exists || out.stream().anyMatch(f -> f.object().equals(object) && f.message().contains(where))) return;
        List<String> words = new ArrayList<>(key);
        words.add("partial");
        String name = SchemaFacts.indexName(t.name(), words);
        Index index = Index.on(name, key.toArray(String[]::new)).withWhere(where);
        out.add(finding(object, "rows matching " + where + " are read on their own; a partial index on ("
                        + String.join(", ", key) + ") WHERE " + where + " serves them",
                Fix.of("create partial index " + name + " on " + t.name(), new CreateIndex(t.name(), index, context.concurrentIndexes()))));
    }
}
