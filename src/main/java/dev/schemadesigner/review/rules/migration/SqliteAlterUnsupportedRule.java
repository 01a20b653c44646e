package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
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
 * On SQLite, an ALTER that SQLite has no statement for: changing a column's type, nullability or
 * default, adding or dropping a foreign key, check or unique constraint, outside Alembic batch
 * mode.
 *
 * ## Why it matters
 * SQLite's ALTER TABLE only renames, adds and drops columns: the migration fails with a syntax
 * error (`near "ALTER"`), typically in development and CI, which run on SQLite.
 *
 * ## Example
 * `op.alter_column('feedback_analysis', 'user_score', nullable=False)` in a project whose
 * development database is SQLite.
 *
 * ## Fix
 * Run the operation inside `with op.batch_alter_table('feedback_analysis') as batch_op:` (Alembic
 * copies the table), or rebuild the table by hand: create the new table, copy, drop, rename.
 *
 * ## Limits
 * SQLite only. Adding a NOT NULL column without a default is reported by
 * `add-not-null-column-without-default`.
 */
public final class SqliteAlterUnsupportedRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("sqlite-alter-unsupported", Area.MIGRATION, Severity.ERROR,
            "an ALTER that SQLite cannot do in place (needs Alembic batch mode / table rebuild)");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.dialect().equals("sqlite")) return out;
        for (StepInContext s : context.upgradeSteps()) {
            Op op = s.op();
            boolean unsupported = op instanceof AlterColumn || op instanceof AddForeignKey || op instanceof AddCheck || op instanceof AddUnique
                    || op instanceof DropConstraint || op instanceof DropForeignKey;
            if (!unsupported || s.step().batchMode()) continue;
            out.add(finding(OpTables.primary(op).orElse(""), s.at() + "SQLite cannot " + op.describe()
                    + " in place; use batch_alter_table or rebuild the table"));
        }
        return out;
    }
}
