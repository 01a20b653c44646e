package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.OpTables;
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
 * A migration that takes a strong lock on an existing PostgreSQL table (ALTER, DROP, a plain
 * CREATE INDEX, RENAME) with no `SET lock_timeout` before it. Reported once per migration, at its
 * first such step.
 *
 * ## Why it matters
 * A lock request waits behind any long-running query, and every later query waits behind the
 * request: a one-second ALTER can stall the application for as long as the slowest open
 * transaction.
 *
 * ## Example
 * `op.add_column('feedback_analysis', ...)` with no `op.execute("SET lock_timeout = '5s'")` before
 * it.
 *
 * ## Fix
 * `op.execute("SET lock_timeout = '5s'")` (or `SET LOCAL` in SQL) at the start of the upgrade, and
 * retry the deploy when it times out.
 *
 * ## Limits
 * PostgreSQL only. Only `lock_timeout` is asked for: unlike Squawk we do not require
 * `statement_timeout`, which bounds the whole statement and would abort a long but harmless
 * backfill or concurrent build. A timeout set in the connection, the role or `env.py` is not seen. Concurrent
 * index builds and tables created by the migration are not counted.
 */
public final class MissingLockTimeoutRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("missing-lock-timeout", Area.MIGRATION, Severity.INFO,
            "a locking operation on PostgreSQL with no `lock_timeout` set");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        int count = 0;
        StepInContext first = null;
        for (StepInContext s : context.upgradeSteps()) {
            Op op = s.op();
            if (s.step().lockTimeoutSet() || s.step().concurrently() || op instanceof DataMigration || !s.onExistingTable()) continue;
            count++;
            if (first == null) first = s;
        }
        if (first == null) return out;
        out.add(finding(OpTables.primary(first.op()).orElse(context.migration().orElseThrow().script().name()), first.at() + first.op().describe()
                + " takes a lock with no lock_timeout set" + (count > 1 ? " (" + count + " locking steps in all)" : "")));
        return out;
    }
}
