package dev.schemadesigner.review.rules.migration;

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
 * `CREATE INDEX CONCURRENTLY` or `DROP INDEX CONCURRENTLY` that runs inside a transaction on
 * PostgreSQL: an Alembic revision without `autocommit_block()`, or a SQL file between BEGIN and
 * COMMIT.
 *
 * ## Why it matters
 * PostgreSQL refuses it (`CREATE INDEX CONCURRENTLY cannot run inside a transaction block`): the
 * migration fails on deploy. Alembic runs each revision in a transaction by default.
 *
 * ## Example
 * `op.create_index('idx_feedback_analysis_user_score', 'feedback_analysis', ['user_score'],
 * postgresql_concurrently=True)` directly in `upgrade()`.
 *
 * ## Fix
 * Wrap the call in `with op.get_context().autocommit_block():`; in SQL, put it after COMMIT.
 * Applied automatically in design turns.
 *
 * ## Limits
 * PostgreSQL only. A SQL file runs in a transaction only between its BEGIN and COMMIT, or when
 * the review request says `assume_in_transaction` (Flyway wraps each file unless
 * `executeInTransaction=false`, which a `-- flyway:executeInTransaction=false` line also says).
 * Squawk passes a file of nothing but a CONCURRENTLY build even when it assumes a transaction; we
 * flag it, since PostgreSQL refuses it there.
 */
public final class ConcurrentlyInTransactionRule implements Rule {
    private static final RuleMeta META = RuleMeta.autoFixed("concurrently-in-transaction", Area.MIGRATION, Severity.ERROR,
            "CONCURRENTLY inside a transaction block (Alembic needs `autocommit_block`)");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!s.step().concurrently() || !s.step().inTransaction()) continue;
            String object = OpTables.primary(s.op()).orElse(context.migration().orElseThrow().script().name());
            out.add(finding(object, s.at() + s.op().describe() + " runs inside a transaction, which PostgreSQL refuses"));
        }
        return out;
    }
}
