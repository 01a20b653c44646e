package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.Observation;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * A migration step on a table that existed before the migration which, run on seeded rows in a throw-away
 * database, rewrote the table, held a lock that makes writers wait (SHARE or stronger on PostgreSQL), or on
 * MariaDB could only run with ALGORITHM=COPY or without LOCK=NONE — when no other migration rule flagged
 * that step. Where another rule flagged it, that finding carries the observation instead.
 *
 * ## Why it matters
 * The statement's shape does not always tell: `ADD COLUMN … DEFAULT clock_timestamp()` rewrites every row
 * while `DEFAULT now()` does not; a type change rewrites or not depending on the two types. What the database
 * did on real rows is the answer, and it wins over a rule's guess.
 *
 * ## Example
 * `ALTER TABLE orders ADD COLUMN touched_at timestamptz DEFAULT clock_timestamp()` — observed:
 * "ACCESS EXCLUSIVE on orders for 180 ms at 10,000 rows; table rewritten".
 *
 * ## Fix
 * Split the step so the table is not rewritten under the lock (add the column without the volatile
 * default, backfill in batches, then set the default), or run it in a maintenance window; set a
 * `lock_timeout` first.
 *
 * ## Limits
 * Only when the review observes the migration (a verification PostgreSQL or MariaDB is configured and
 * `observe` is not false). Steps that are data statements other than VALIDATE CONSTRAINT are not run.
 * The duration is measured at the seeded row count, not at production size.
 */
public final class ObservedLockRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("observed-lock", Area.MIGRATION, Severity.WARNING,
            "observed rewrite or write-blocking lock");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (context.migration().isEmpty()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            Optional<Observation> o = context.migration().get().observation(s.step().line()).filter(Observation::disruptive);
            if (o.isEmpty() || !s.onExistingTable()) continue;
            String table = OpTables.primary(s.op()).orElseThrow();
            out.add(finding(table, s.at() + s.op().describe() + " was observed on seeded rows: it " + o.get().effect()).withObservation(o.get()));
        }
        return out;
    }
}
