package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.DropColumn;
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
 * A column of an existing table dropped by the upgrade.
 *
 * ## Why it matters
 * The data is gone, and running application instances that still select or insert the column fail
 * as soon as the migration commits.
 *
 * ## Example
 * `op.drop_column('feedback_analysis', 'churn_risk')` or `ALTER TABLE feedback_analysis DROP
 * COLUMN churn_risk`.
 *
 * ## Fix
 * Expand–contract: release code that no longer reads or writes the column (SQLAlchemy: remove it
 * from the model or mark it `deferred`), back the data up if it may be needed, then drop it in a
 * later migration.
 *
 * ## Limits
 * Columns added by the same migration are not flagged. Whether the code still uses the column is
 * not checked.
 */
public final class DropColumnRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("drop-column", Area.MIGRATION, Severity.ERROR,
            "data loss; code must stop reading it first");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof DropColumn d) || !s.beforeMigration().table(d.table()).map(t -> t.hasColumn(d.column())).orElse(false)) continue;
            out.add(finding(d.table() + "." + d.column(), s.at() + "dropping " + d.table() + "." + d.column()
                    + " deletes its data; code that still reads it breaks"));
        }
        return out;
    }
}
