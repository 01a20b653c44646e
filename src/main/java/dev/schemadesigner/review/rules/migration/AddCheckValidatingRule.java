package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A CHECK constraint added to a table that existed before the migration, without `NOT VALID`, on
 * PostgreSQL.
 *
 * ## Why it matters
 * Adding the check scans every row under an ACCESS EXCLUSIVE lock: reads and writes wait for the
 * scan.
 *
 * ## Example
 * `op.create_check_constraint('ck_feedback_analysis_user_score', 'feedback_analysis', 'user_score
 * >= 0')`.
 *
 * ## Fix
 * Add it `NOT VALID` (`postgresql_not_valid=True` / `ADD CONSTRAINT … NOT VALID`), then `VALIDATE
 * CONSTRAINT` in a second migration, which lets reads and writes go on.
 *
 * Also flagged: `VALIDATE CONSTRAINT` in the same transaction as the `ADD … NOT VALID`, which
 * holds the first lock through the scan and so gains nothing.
 *
 * ## Limits
 * PostgreSQL only. Checks of tables created by the same migration are not flagged.
 */
public final class AddCheckValidatingRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("add-check-validating", Area.MIGRATION, Severity.WARNING,
            "CHECK added to an existing table without NOT VALID + VALIDATE");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AddCheck c) || !s.existing(c.table())) continue;
            if (c.notValid()) {
                context.migration().orElseThrow().validatedInSameTransaction(s, c.check().name()).ifPresent(v -> out.add(finding(c.table(),
                        v.at() + "check " + c.check().name() + " is validated in the same transaction that added it NOT VALID; the exclusive lock is held through the scan")));
                continue;
            }
            out.add(finding(c.table(), s.at() + "check " + c.check().name() + " scans every row of " + c.table()
                    + " under an exclusive lock",
                    Fix.of("add " + c.check().name() + " NOT VALID, then VALIDATE CONSTRAINT in a later migration",
                            new AddCheck(c.table(), c.check(), true))));
        }
        return out;
    }
}
