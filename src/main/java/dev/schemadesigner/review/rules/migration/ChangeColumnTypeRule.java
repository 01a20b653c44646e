package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * An ALTER that changes the type of a column of an existing table.
 *
 * ## Why it matters
 * Most type changes rewrite the whole table under an exclusive lock, and a narrowing one (shorter
 * string, smaller number, text to number) fails on or truncates existing values.
 *
 * ## Example
 * `op.alter_column('feedback_analysis', 'customer_id', type_=sa.String(50))` or `ALTER TABLE
 * feedback_analysis ALTER COLUMN customer_id TYPE varchar(50)`.
 *
 * ## Fix
 * Add a column of the new type, backfill it in batches, switch code over, then drop the old column
 * (expand–contract).
 *
 * ## Limits
 * Reviewed without a base schema, the column's type before is not known: every type change of
 * a table the migration does not create is reported, and the finding says so. On PostgreSQL, widening a varchar or turning it into text needs no rewrite and is not flagged.
 * Columns added by the same migration are not flagged.
 */
public final class ChangeColumnTypeRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("change-column-type", Area.MIGRATION, Severity.ERROR,
            "table rewrite and lock, possible data loss; narrowing is never safe");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AlterColumn a) || !s.existing(a.table())) continue;
            Optional<Column> before = s.schemaBefore().table(a.table()).flatMap(t -> t.column(a.column()));
            if (before.isPresent() && context.migration().orElseThrow().assumed(a.table()) && typeChanged(s, a.column())) {
                out.add(finding(a.table() + "." + a.column(), s.at() + "changing the type of " + a.table() + "." + a.column() + " to "
                        + a.type().describe() + " rewrites the table under lock unless it only widens a varchar; its type before the migration is not known"
                        + " (no base schema given)"));
                continue;
            }
            if (before.isEmpty() || before.get().type().equals(a.type())) continue;
            LogicalType from = before.get().type();
            if (context.postgresql() && widensWithoutRewrite(from, a.type())) continue;
            out.add(finding(a.table() + "." + a.column(), s.at() + "changing " + a.table() + "." + a.column() + " from "
                    + from.describe() + " to " + a.type().describe() + " rewrites the table under lock"
                    + (narrows(from, a.type()) ? " and may lose data (narrowing)" : "")));
        }
        return out;
    }

    private static boolean widensWithoutRewrite(LogicalType from, LogicalType to) {
        if (!(from instanceof LogicalType.Varchar f)) return false;
        return to instanceof LogicalType.Text || to instanceof LogicalType.Varchar t && t.length() >= f.length();
    }

    private static boolean narrows(LogicalType from, LogicalType to) {
        if (from instanceof LogicalType.Varchar f && to instanceof LogicalType.Varchar t) return t.length() < f.length();
        if (from instanceof LogicalType.Text && to instanceof LogicalType.Varchar) return true;
        if (from instanceof LogicalType.Decimal f && to instanceof LogicalType.Decimal t) return t.precision() < f.precision() || t.scale() < f.scale();
        if (from.isInteger() && to.isInteger()) return rank(to) < rank(from);
        return !(to instanceof LogicalType.Text);
    }

    private static int rank(LogicalType t) { return t instanceof LogicalType.SmallInt ? 1 : t instanceof LogicalType.Int ? 2 : 3; }

    /** True when the step's SQL changes {@code column}'s type ({@code ALTER COLUMN c [SET DATA] TYPE …}). */
    private static boolean typeChanged(StepInContext s, String column) {
        return s.step().sql().map(sql -> java.util.regex.Pattern.compile("(?is)\\balter\\s+(?:column\\s+)?\"?" + java.util.regex.Pattern.quote(column)
                + "\"?\\s+(?:set\\s+data\\s+)?type\\b").matcher(sql).find()).orElse(false);
    }
}
