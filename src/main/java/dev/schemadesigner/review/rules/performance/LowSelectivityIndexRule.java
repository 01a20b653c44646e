package dev.schemadesigner.review.rules.performance;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * A full (non-partial, non-unique) index whose only key is a boolean column or a column of an
 * enum type with at most five values.
 *
 * ## Why it matters
 * With two or a handful of values, each value matches a large share of the table; the planner
 * prefers a sequential scan, so the index is never used but still paid for on every write.
 *
 * ## Example
 * `CREATE INDEX idx_users_is_active ON users (is_active)`.
 *
 * ## Fix
 * Replace it with a partial index on the rare value (`… WHERE is_active = false`) or lead a
 * composite index with a selective column and add the flag after it. Which value is rare is not
 * known, so no change is proposed.
 *
 * ## Limits
 * Low selectivity of string columns (a `status` text with three values in practice) is not
 * visible in the schema.
 */
public final class LowSelectivityIndexRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("low-selectivity-index", Area.PERFORMANCE, Severity.INFO,
            "an index on a boolean or small enum alone");
    private static final int SMALL_ENUM = 5;

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Index ix : t.indexes()) {
                if (ix.unique() || ix.where().isPresent() || ix.keys().size() != 1 || ix.columnNames().size() != 1) continue;
                Optional<Column> c = t.column(ix.columnNames().get(0));
                if (c.isEmpty() || !lowCardinality(context, c.get().type())) continue;
                out.add(finding(ix.name(), "index " + ix.name() + " has only " + c.get().name() + " (" + c.get().type().describe()
                        + ") as key, too few distinct values to be used; make it partial on the rare value or composite"));
            }
        }
        return out;
    }

    private static boolean lowCardinality(ReviewContext context, LogicalType type) {
        if (type instanceof LogicalType.Bool) return true;
        return type instanceof LogicalType.EnumRef e
                && context.schema().enumType(e.enumName()).map(x -> x.values().size() <= SMALL_ENUM).orElse(false);
    }
}
