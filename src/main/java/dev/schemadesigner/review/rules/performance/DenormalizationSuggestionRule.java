package dev.schemadesigner.review.rules.performance;

import dev.schemadesigner.change.AddColumn;
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
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A declared query that counts a parent's children (`SELECT count(*) FROM pain_points WHERE
 * feedback_id = ?`, no GROUP BY) where the parent has no stored count column.
 *
 * ## Why it matters
 * A list page showing "pain points: 7" beside each feedback runs that count once per row. A
 * `pain_points_count` column on the parent, maintained on insert and delete, makes it a read.
 *
 * ## Example
 * Pattern `SELECT count(*) FROM pain_points WHERE feedback_id = ?`.
 *
 * ## Fix
 * `ALTER TABLE <parent> ADD COLUMN <child>_count integer NOT NULL DEFAULT 0`, kept current by a
 * trigger or by the application in the same transaction (SQLAlchemy event), and backfilled once.
 *
 * ## Limits
 * Only counts through a foreign key with nothing but equalities are recognised (a count since a
 * date is not a counter); copying a joined column (a name shown
 * beside each row) is not suggested, since it trades a join for the 3NF problems
 * `transitive-dependency` reports.
 */
public final class DenormalizationSuggestionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("denormalization-suggestion", Area.PERFORMANCE, Severity.INFO,
            "a hot count or join that a stored, maintained column would remove");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (QueryPattern q : context.queries()) {
            if (!q.aggregates().contains("count") || !q.groupBy().isEmpty() || q.tables().size() != 1) continue;
            // a count over a time range or a threshold changes with the query's bounds: no stored column holds it
            if (q.predicates().stream().anyMatch(p -> p.kind() != QueryPattern.Kind.EQUALITY)) continue;
            Table child = context.table(q.tables().get(0)).orElse(null);
            if (child == null) continue;
            for (QueryPattern.Predicate p : q.predicates()) {
                if (p.kind() != QueryPattern.Kind.EQUALITY || p.constant()) continue;
                for (ForeignKey fk : SchemaFacts.foreignKeysOn(child, p.column().column())) {
                    Table parent = context.table(fk.referencedTable()).orElse(null);
                    String column = child.name() + "_count";
                    if (parent == null || fk.columns().size() != 1 || parent.hasColumn(column)) continue;
                    String object = parent.name() + "." + column;
                    if (out.stream().anyMatch(f -> f.object().equals(object))) continue;
                    Column count = Column.required(column, LogicalType.INTEGER).withDefault(DefaultValue.number("0"));
                    out.add(finding(object, "queries count " + child.name() + " per " + parent.name()
                                    + "; a maintained " + column + " column on " + parent.name() + " turns the count into a read",
                            Fix.of("add " + column + " to " + parent.name(), new AddColumn(parent.name(), count))));
                }
            }
        }
        return out;
    }
}
