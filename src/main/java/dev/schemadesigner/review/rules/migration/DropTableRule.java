package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.DropTable;
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
 * A table that existed before the migration dropped by the upgrade.
 *
 * ## Why it matters
 * Every row is gone, with no way back short of a backup, and any code still using the table fails.
 *
 * ## Example
 * `op.drop_table('analysis_cache')` or `DROP TABLE analysis_cache`.
 *
 * ## Fix
 * Stop using the table in code first; rename it (or keep it) for a release as a safety net; back
 * it up; drop it in a later migration.
 *
 * ## Limits
 * Tables created by the same migration are not flagged.
 */
public final class DropTableRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("drop-table", Area.MIGRATION, Severity.ERROR,
            "data loss");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof DropTable d) || !s.existing(d.table())) continue;
            out.add(finding(d.table(), s.at() + "dropping table " + d.table() + " deletes all its rows"));
        }
        return out;
    }
}
