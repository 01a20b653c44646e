package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A column of an existing table renamed.
 *
 * ## Why it matters
 * Application instances deployed before the migration still use the old name and fail the moment
 * it commits; a rolling deploy always has such instances.
 *
 * ## Example
 * `op.alter_column('feedback_analysis', 'comment_text', new_column_name='body')` or `ALTER TABLE
 * feedback_analysis RENAME COLUMN comment_text TO body`.
 *
 * ## Fix
 * Expand–contract: add the new column, write both (trigger or code), backfill, switch reads, then
 * drop the old column in a later release.
 *
 * ## Limits
 * Columns added by the same migration are not flagged.
 */
public final class RenameColumnRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("rename-column", Area.MIGRATION, Severity.ERROR,
            "breaks running code; use expand–contract");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof RenameColumn r) || !s.beforeMigration().table(r.table()).map(t -> t.hasColumn(r.from())).orElse(false)) continue;
            out.add(finding(r.table() + "." + r.from(), s.at() + "renaming " + r.table() + "." + r.from() + " to " + r.to()
                    + " breaks code that still uses the old name"));
        }
        return out;
    }
}
