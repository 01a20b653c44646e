package dev.schemadesigner.review.rules.performance;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * A full (non-partial, non-unique) index whose only key is a boolean column, a column of an
 * enum type with at most five values, or a column a CHECK limits to at most five values
 * (`status IN ('draft', 'sent', 'paid')`).
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
 * Low selectivity of string columns that nothing limits (a `status` text with three values in
 * practice) is not visible in the schema.
 */
public final class LowSelectivityIndexRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("low-selectivity-index", Area.PERFORMANCE, Severity.INFO,
            "an index on a boolean or small enum alone");
    private static final int SMALL_ENUM = 5;
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'|(?<![\\w.])-?\\d+(?![\\w.])");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Index ix : t.indexes()) {
                if (ix.unique() || ix.where().isPresent() || ix.keys().size() != 1 || ix.columnNames().size() != 1) continue;
                Optional<Column> c = t.column(ix.columnNames().get(0));
                if (c.isEmpty()) continue;
                int listed = checkedValues(t, c.get().name());
                if (!lowCardinality(context, c.get().type()) && listed == 0) continue;
                String kind = c.get().type().describe() + (listed > 0 ? ", " + listed + " values by its CHECK" : "");
                out.add(finding(ix.name(), "index " + ix.name() + " has only " + c.get().name() + " (" + kind
                        + ") as key, too few distinct values to be used; make it partial on the rare value or composite"));
            }
        }
        return out;
    }

    /**
     * How many values a CHECK allows the column ({@code status IN ('draft', 'sent', 'paid')}, or PostgreSQL's
     * dump form {@code status = ANY (ARRAY[…])}), when they are at most {@value #SMALL_ENUM}; 0 otherwise.
     */
    private static int checkedValues(Table t, String column) {
        Pattern in = Pattern.compile("^\\W*" + Pattern.quote(column) + "\\b[)\\s]*(?:::[\\w ]+?)?[)\\s]*(?:IN\\s*\\(|=\\s*ANY\\s*\\(+\\s*ARRAY\\s*\\[)(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        for (Check check : t.checks()) {
            Matcher m = in.matcher(check.expression().strip());
            if (!m.matches()) continue;
            int values = 0;
            Matcher literal = LITERAL.matcher(m.group(1));
            while (literal.find()) values++;
            if (values > 0 && values <= SMALL_ENUM) return values;
        }
        return 0;
    }

    private static boolean lowCardinality(ReviewContext context, LogicalType type) {
        if (type instanceof LogicalType.Bool) return true;
        return type instanceof LogicalType.EnumRef e
                && context.schema().enumType(e.enumName()).map(x -> x.values().size() <= SMALL_ENUM).orElse(false);
    }
}
