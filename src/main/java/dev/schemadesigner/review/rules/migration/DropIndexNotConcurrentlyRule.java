package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.importer.migration.LockingStatement;
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
 * `DROP INDEX` without `CONCURRENTLY` on a PostgreSQL table that existed before the migration. An
 * index the review knows on no table (a migration reviewed alone names only the index) existed
 * before the migration, which did not create it, so it is taken to be on an existing table.
 *
 * ## Why it matters
 * A plain drop takes an ACCESS EXCLUSIVE lock on the table; it is short, but it queues behind
 * running queries and every query queues behind it.
 *
 * ## Example
 * `op.drop_index('idx_feedback_analysis_high_churn', table_name='feedback_analysis')`.
 *
 * ## Fix
 * `postgresql_concurrently=True` inside an `autocommit_block()`, or `DROP INDEX CONCURRENTLY`
 * outside a transaction.
 *
 * ## Limits
 * PostgreSQL only. Indexes of tables created by the same migration are not flagged.
 */
public final class DropIndexNotConcurrentlyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("drop-index-not-concurrently", Area.MIGRATION, Severity.INFO,
            "index dropped on PostgreSQL without CONCURRENTLY");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof DropIndex d) || d.concurrently() || !s.existing(d.table())) continue;
            out.add(finding(d.name(), s.at() + "index " + d.name() + " is dropped without CONCURRENTLY",
                    Fix.of("drop " + d.name() + " concurrently, outside the transaction", new DropIndex(d.table(), d.name(), true))));
        }
        for (LockingStatement s : context.migration().map(m -> m.script().upgradeLocks()).orElse(List.of())) {
            if (!s.verb().equals("DROP INDEX") || s.concurrently()) continue;
            out.add(finding(s.object(), "line " + s.line() + ": index " + s.object() + " (on a table not known here, assumed to exist with data)"
                    + " is dropped without CONCURRENTLY; drop it concurrently, outside the transaction"));
        }
        return out;
    }
}
