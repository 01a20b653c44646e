package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.CreateIndex;
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
 * `CREATE INDEX` without `CONCURRENTLY` on a PostgreSQL table that existed before the migration.
 *
 * ## Why it matters
 * A plain index build holds a SHARE lock for its whole duration: every INSERT, UPDATE and DELETE
 * on the table waits, minutes on a large table.
 *
 * ## Example
 * `op.create_index('idx_feedback_analysis_user_score', 'feedback_analysis', ['user_score'])`.
 *
 * ## Fix
 * `postgresql_concurrently=True` inside `with op.get_context().autocommit_block():` (CONCURRENTLY
 * cannot run in a transaction), or `CREATE INDEX CONCURRENTLY` after COMMIT in SQL.
 *
 * ## Limits
 * PostgreSQL only. Indexes on tables created by the same migration are not flagged: the table is
 * empty.
 */
public final class CreateIndexNotConcurrentlyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("create-index-not-concurrently", Area.MIGRATION, Severity.WARNING,
            "index built on an existing PostgreSQL table without CONCURRENTLY");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof CreateIndex c) || c.concurrently() || !s.existing(c.table())) continue;
            out.add(finding(c.index().name(), s.at() + "index " + c.index().name() + " on existing table " + c.table()
                    + " is built without CONCURRENTLY; writes wait for the build",
                    Fix.of("create " + c.index().name() + " concurrently, outside the transaction (autocommit_block)",
                            new CreateIndex(c.table(), c.index(), true))));
        }
        return out;
    }
}
