package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.DefaultValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * A column added to an existing table with a default that is computed per row: `random()`,
 * `gen_random_uuid()`, `uuid_generate_v4()`, `clock_timestamp()`.
 *
 * ## Why it matters
 * PostgreSQL 11+ adds a column with a constant default (including `now()`, evaluated once) without
 * touching rows; a volatile default forces a full table rewrite under an ACCESS EXCLUSIVE lock.
 *
 * ## Example
 * `op.add_column('feedback_analysis', sa.Column('public_id', sa.Uuid(),
 * server_default=sa.text('gen_random_uuid()')))`.
 *
 * ## Fix
 * Add the column without a default (or nullable), set the default afterwards for new rows, and
 * backfill existing rows in batches.
 *
 * ## Limits
 * The default's SQL is matched by function name. Tables created by the same migration are not
 * flagged.
 */
public final class VolatileDefaultRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("volatile-default", Area.MIGRATION, Severity.WARNING,
            "a column added with a volatile default (`now()` is fine, `random()`/`uuid` per row rewrites)");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AddColumn a) || !s.existing(a.table())) continue;
            if (!(a.column().defaultValue().orElse(null) instanceof DefaultValue.Expression e) || !VOLATILE.matcher(e.sql().toLowerCase(Locale.ROOT)).find()) continue;
            out.add(finding(a.table() + "." + a.column().name(), s.at() + "default " + e.sql() + " of new column "
                    + a.column().name() + " is computed per row and rewrites all of " + a.table()));
        }
        return out;
    }

    private static final Pattern VOLATILE = Pattern.compile("random\\(|uuid|clock_timestamp|timeofday|txid_current|nextval");
}
