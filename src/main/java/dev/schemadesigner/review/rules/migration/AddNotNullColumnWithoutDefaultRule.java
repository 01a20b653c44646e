package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddColumn;
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
 * A column added `NOT NULL` without a server default to a table that existed before the migration.
 *
 * ## Why it matters
 * Every existing row needs a value: PostgreSQL and MariaDB refuse the ALTER on a non-empty table,
 * SQLite always refuses it. The deploy fails half way, or works on an empty development database
 * and fails in production.
 *
 * ## Example
 * `op.add_column('feedback_analysis', sa.Column('priority', sa.Integer(), nullable=False))`. A
 * Python-side `default=` does not count: the database never sees it.
 *
 * ## Fix
 * Add the column nullable (or with a `server_default`), backfill it in batches in a separate
 * migration, then set NOT NULL in a third (expand → backfill → contract).
 *
 * ## Limits
 * Identity and generated (`GENERATED ALWAYS AS (…)`) columns and tables created in the same migration are not flagged. Whether the table is
 * empty in production is not known.
 */
public final class AddNotNullColumnWithoutDefaultRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("add-not-null-column-without-default", Area.MIGRATION, Severity.ERROR,
            "NOT NULL column added to an existing table without a default");

    @Override public RuleMeta meta() { return META; }

    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile("(?i)\\bgenerated\\s+always\\s+as\\s*\\(");

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AddColumn a) || !s.existing(a.table())) continue;
            if (a.column().nullable() || a.column().defaultValue().isPresent() || a.column().identity()) continue;
            if (s.step().sql().map(GENERATED::matcher).map(java.util.regex.Matcher::find).orElse(false)) continue; // computed, needs no default
            out.add(finding(a.table() + "." + a.column().name(), s.at() + "NOT NULL column " + a.column().name()
                    + " added to existing table " + a.table() + " without a default; existing rows have no value",
                    Fix.of("add " + a.column().name() + " nullable, backfill it, then set NOT NULL in a later migration",
                            new AddColumn(a.table(), a.column().withNullable(true)))));
        }
        return out;
    }
}
