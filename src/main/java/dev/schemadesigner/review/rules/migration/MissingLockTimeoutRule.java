package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.importer.migration.LockingStatement;
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
 * A migration that waits for a lock on a PostgreSQL table, index or type it did not create, with no
 * `SET lock_timeout` before it: ALTER, DROP, a plain CREATE INDEX, RENAME, and the statements our
 * operation model has no operation for but which lock all the same — COMMENT ON (SHARE UPDATE
 * EXCLUSIVE), LOCK TABLE (the mode it names), REINDEX, VACUUM (SHARE UPDATE EXCLUSIVE, FULL: ACCESS
 * EXCLUSIVE), CLUSTER, TRUNCATE, REFRESH MATERIALIZED VIEW, ALTER/DROP TYPE, VIEW, SEQUENCE or INDEX,
 * and ALTER TABLE actions such as SET (…) or ENABLE TRIGGER. Any mode counts: a queued request, even a
 * weak one, waits behind the statement holding a conflicting lock. Reported once per migration, at its
 * first such statement.
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
 * backfill or concurrent build. A timeout set in the connection, the role or `env.py` is not seen. Not counted:
 * concurrent index builds, drops and REINDEX CONCURRENTLY (a build that times out leaves an INVALID index
 * behind, and CONCURRENTLY is already the answer to the lock); `LOCK … NOWAIT`, which does not wait; and
 * objects the migration creates — a new table or a new type (`CREATE TYPE`) has nothing to wait for,
 * where Squawk asks for a timeout before any DDL.
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
        LockingStatement firstOther = null;
        for (LockingStatement s : context.migration().map(m -> m.script().upgradeLocks()).orElse(List.of())) {
            if (s.lockTimeoutSet() || s.concurrently() || !s.waits()) continue;
            count++;
            if (firstOther == null) firstOther = s;
        }
        String more = count > 1 ? " (" + count + " locking steps in all)" : "";
        if (first != null && (firstOther == null || first.step().line() <= firstOther.line())) {
            out.add(finding(OpTables.primary(first.op()).orElse(context.migration().orElseThrow().script().name()), first.at() + first.op().describe()
                    + " takes a lock with no lock_timeout set" + more));
        } else if (firstOther != null) {
            out.add(finding(firstOther.object(), "line " + firstOther.line() + ": " + firstOther.verb() + " " + firstOther.object() + " takes a "
                    + firstOther.mode().sql() + " lock (blocking " + firstOther.mode().blocks() + " while it waits) with no lock_timeout set" + more));
        }
        return out;
    }
}
