package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddForeignKey;
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
 * A foreign key added to a table that existed before the migration, without `NOT VALID`, on
 * PostgreSQL.
 *
 * ## Why it matters
 * Adding the key checks every existing row while holding a SHARE ROW EXCLUSIVE lock on both
 * tables: writes to the child and the parent wait for the whole scan.
 *
 * ## Example
 * `op.create_foreign_key('fk_feedback_analysis_customer_id', 'feedback_analysis', 'customers',
 * ['customer_id'], ['id'])`.
 *
 * ## Fix
 * Add it `NOT VALID` (`postgresql_not_valid=True`), which only checks new rows, then `ALTER TABLE
 * … VALIDATE CONSTRAINT` in a second migration, which takes a lock that lets writes go on.
 *
 * Also flagged: `VALIDATE CONSTRAINT` in the same transaction as the `ADD … NOT VALID`, which
 * holds the first lock through the scan and so gains nothing.
 *
 * ## Limits
 * PostgreSQL only. Foreign keys of tables created by the same migration are not flagged.
 */
public final class AddForeignKeyValidatingRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("add-foreign-key-validating", Area.MIGRATION, Severity.WARNING,
            "FK added to an existing table without NOT VALID + VALIDATE in a second step");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AddForeignKey f) || !s.existing(f.table())) continue;
            if (f.notValid()) {
                context.migration().orElseThrow().validatedInSameTransaction(s, f.foreignKey().name()).ifPresent(v -> out.add(finding(
                        f.table() + "." + String.join(",", f.foreignKey().columns()), v.at() + "foreign key " + f.foreignKey().name()
                        + " is validated in the same transaction that added it NOT VALID; the lock is held through the scan")));
                continue;
            }
            out.add(finding(f.table() + "." + String.join(",", f.foreignKey().columns()), s.at() + "foreign key "
                    + f.foreignKey().name() + " is validated against every row of " + f.table() + " while writes wait",
                    Fix.of("add " + f.foreignKey().name() + " NOT VALID, then VALIDATE CONSTRAINT in a later migration",
                            new AddForeignKey(f.table(), f.foreignKey(), true))));
        }
        return out;
    }
}
