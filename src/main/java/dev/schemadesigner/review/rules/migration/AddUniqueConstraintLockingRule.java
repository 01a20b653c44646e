package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A UNIQUE constraint added to a table that existed before the migration, on PostgreSQL.
 *
 * ## Why it matters
 * Adding the constraint builds its unique index while holding a lock that blocks writes for the
 * whole build.
 *
 * ## Example
 * `op.create_unique_constraint('uq_feedback_analysis_customer_id', 'feedback_analysis',
 * ['customer_id'])`.
 *
 * ## Fix
 * Build the unique index `CONCURRENTLY` (outside the transaction), then `ALTER TABLE … ADD
 * CONSTRAINT … UNIQUE USING INDEX …`, which is instant.
 *
 * ## Limits
 * PostgreSQL only. Tables created by the same migration are not flagged, nor a UNIQUE that takes
 * over a unique index already on the same columns (`ADD CONSTRAINT … UNIQUE USING INDEX`).
 */
public final class AddUniqueConstraintLockingRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("add-unique-constraint-locking", Area.MIGRATION, Severity.WARNING,
            "UNIQUE added directly instead of from a concurrently built unique index");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AddUnique u) || !s.existing(u.table())) continue;
            if (adoptsUniqueIndex(s.schemaBefore(), u)) continue;
            Index index = Index.uniqueOn(u.unique().name(), u.unique().columns().toArray(String[]::new));
            out.add(finding(u.table() + "." + String.join(",", u.unique().columns()), s.at() + "unique constraint "
                    + u.unique().name() + " builds its index while writes to " + u.table() + " wait",
                    Fix.of("build unique index " + u.unique().name() + " concurrently, then attach it with ADD CONSTRAINT … USING INDEX",
                            new CreateIndex(u.table(), index, true))));
        }
        return out;
    }

    /** {@code ADD CONSTRAINT … UNIQUE USING INDEX}: a unique index on the same columns is already there, so nothing is built. */
    private static boolean adoptsUniqueIndex(Schema before, AddUnique u) {
        return before.table(u.table()).stream().flatMap(t -> t.indexes().stream())
                .anyMatch(i -> i.unique() && i.where().isEmpty() && !i.hasExpressions() && i.columnNames().equals(u.unique().columns()));
    }
}
