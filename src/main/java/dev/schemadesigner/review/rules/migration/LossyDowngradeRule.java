package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.importer.migration.MigrationStep;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.MigrationFacts;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A downgrade step that drops a table or column the upgrade created.
 *
 * ## Why it matters
 * Rows written since the upgrade are lost on rollback; the person rolling back should know before
 * they run it.
 *
 * ## Example
 * Upgrade `op.add_column('feedback_analysis', sa.Column('priority', sa.Integer()))`, downgrade
 * `op.drop_column('feedback_analysis', 'priority')`.
 *
 * ## Fix
 * Say so in the revision's docstring, back the data up first, or keep the column on downgrade if
 * nothing breaks.
 *
 * ## Limits
 * Informational: a correct downgrade of an expanding migration is always lossy. Data migrations
 * that cannot be undone are not judged.
 */
public final class LossyDowngradeRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("lossy-downgrade", Area.MIGRATION, Severity.INFO,
            "a downgrade that drops data the upgrade created");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        MigrationFacts facts = context.migration().orElse(null);
        if (facts == null) return out;
        for (MigrationStep s : facts.script().downgrade()) {
            if (s.op() instanceof DropTable d && !facts.existing(d.table())) {
                out.add(finding(d.table(), MigrationFacts.at(s) + "the downgrade drops table " + d.table() + " and the rows written since the upgrade"));
            } else if (s.op() instanceof DropColumn d && facts.before().table(d.table()).map(t -> !t.hasColumn(d.column())).orElse(false)) {
                out.add(finding(d.table() + "." + d.column(), MigrationFacts.at(s) + "the downgrade drops column " + d.table() + "."
                        + d.column() + " and the values written since the upgrade"));
            }
        }
        return out;
    }
}
