package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.RenameTable;
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
 * A table that existed before the migration renamed.
 *
 * ## Why it matters
 * Running code still queries the old name and fails as soon as the rename commits.
 *
 * ## Example
 * `op.rename_table('analysis_cache', 'result_cache')` or `ALTER TABLE analysis_cache RENAME TO
 * result_cache`.
 *
 * ## Fix
 * Expand–contract: create the new table (or a view under the new name), move code over, then drop
 * the old name in a later release.
 *
 * ## Limits
 * Tables created by the same migration are not flagged, nor a table renamed away and created anew
 * under its old name by the same migration (backup and recreate): code still finds its table.
 */
public final class RenameTableRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("rename-table", Area.MIGRATION, Severity.ERROR,
            "breaks running code; use expand–contract");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof RenameTable r) || !s.existing(r.from())) continue;
            if (s.recreatedLater(r.from())) continue; // backup-and-recreate: the old name is taken by a new table, code keeps working
            out.add(finding(r.from(), s.at() + "renaming table " + r.from() + " to " + r.to()
                    + " breaks code that still uses the old name"));
        }
        return out;
    }
}
