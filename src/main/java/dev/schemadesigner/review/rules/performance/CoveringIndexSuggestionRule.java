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
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ## What it flags
 * A declared query on one table that returns a few named columns (at most four beyond its
 * lookup columns) found through an equality lookup, where no index holds all of them.
 *
 * ## Why it matters
 * With every returned column in the index, PostgreSQL answers with an index-only scan and
 * never visits the table: the read-heavy dashboard query stops competing for the heap.
 *
 * ## Example
 * Pattern `SELECT user_score, churn_risk FROM feedback_analysis WHERE customer_id = ?`.
 *
 * ## Fix
 * `CREATE INDEX idx_<table>_<columns>_covering ON <table> (<lookup columns>) INCLUDE (<returned
 * columns>)` on PostgreSQL; elsewhere the returned columns are appended as keys.
 *
 * ## Limits
 * Needs declared query patterns: read-heaviness cannot be guessed from names. `SELECT *`,
 * joins, and lookups by the whole primary key are not considered, nor queries returning a text,
 * JSON, binary or long varchar column: copying a message body into an index costs more than the
 * heap visit it saves.
 */
public final class CoveringIndexSuggestionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("covering-index-suggestion", Area.PERFORMANCE, Severity.INFO,
            "a read-heavy query that could be answered from an index alone (INCLUDE on PostgreSQL)");
    private static final int MAX_EXTRA = 4;
    private static final int MAX_INCLUDED_LENGTH = 255;

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (QueryPattern q : context.queries()) {
            if (q.tables().size() != 1 || q.selectsAll() || q.isAggregation()) continue;
            String name = q.tables().get(0);
            Table t = context.table(name).orElse(null);
            List<String> key = q.lookupKey(name);
            if (t == null || key.isEmpty() || q.equalityCount(name) == 0) continue;
            if (t.primaryKey().isPresent() && key.containsAll(t.primaryKey().get().columns())) continue;
            List<String> extra = q.selected().stream().map(QueryPattern.ColumnRef::column).filter(c -> !key.contains(c)).distinct().toList();
            if (extra.isEmpty() || extra.size() > MAX_EXTRA || covered(t, key, extra) || extra.stream().anyMatch(c -> wide(t, c))) continue;
            String indexName = SchemaFacts.indexName(t.name(), concat(key, List.of("covering")));
            boolean include = context.dialect().equals("postgresql");
            Index index = include ? Index.on(indexName, key.toArray(String[]::new)).withInclude(extra)
                    : Index.on(indexName, concat(key, extra).toArray(String[]::new));
            String object = t.name() + "." + String.join(",", key);
            if (out.stream().anyMatch(f -> f.object().equals(object))) continue;
            out.add(finding(object, "query returning " + String.join(", ", extra) + " by (" + String.join(", ", key)
                            + ") must visit the table; an index including them answers it alone",
                    Fix.of("create covering index " + indexName + " on " + t.name(), new CreateIndex(t.name(), index, context.concurrentIndexes()))));
        }
        return out;
    }

    private static boolean covered(Table t, List<String> key, List<String> extra) {
        for (Index ix : t.indexes()) {
            if (ix.where().isPresent()) continue;
            List<String> cols = ix.columnNames();
            if (cols.size() < key.size() || !new HashSet<>(cols.subList(0, key.size())).equals(new HashSet<>(key))) continue;
            Set<String> all = new HashSet<>(cols);
            all.addAll(ix.include());
            if (all.containsAll(extra)) return true;
        }
        return false;
    }

    /** A column too wide to copy into an index: text, JSON, binary, or a varchar over {@value #MAX_INCLUDED_LENGTH}. */
    private static boolean wide(Table t, String column) {
        return t.column(column).map(c -> c.type() instanceof LogicalType.Text || c.type() instanceof LogicalType.Json
                || c.type() instanceof LogicalType.Binary || c.type() instanceof LogicalType.Varchar v && v.length() > MAX_INCLUDED_LENGTH).orElse(false);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
