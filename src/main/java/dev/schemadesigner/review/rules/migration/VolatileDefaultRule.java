package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.FunctionVolatility;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.DefaultValue;
import java.util.ArrayList;
import java.util.List;

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
 * A `GENERATED ALWAYS AS (…) STORED` column and a `serial` column added to an existing table are
 * rewrites too and reported here. An identity column (`GENERATED … AS IDENTITY`) added to an existing
 * table is a rewrite as well, which this rule does not see: observed on seeded rows (ACCESS EXCLUSIVE, a new
 * relfilenode), it is reported as `observed-lock` when the migration is observed. PostgreSQL only. Built-in functions are judged by PostgreSQL's catalogue (`pg_proc.provolatile`);
 * a function it does not list is assumed volatile and the finding says so. Before PostgreSQL 11
 * (`target_version`) every default rewrites. Tables created by the same migration are not flagged.
 * Squawk flags `DEFAULT 10` at version 11 too; PostgreSQL 11 is the release that made such defaults
 * fast, so we do not. A built-in called with arguments it does not take (`now(123)`) is judged by
 * its name: PostgreSQL refuses the statement rather than rewriting the table.
 */
public final class VolatileDefaultRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("volatile-default", Area.MIGRATION, Severity.WARNING,
            "a column added with a volatile default (`now()` is fine, `random()`/`uuid` per row rewrites)");

    @Override public RuleMeta meta() { return META; }

    private static final java.util.regex.Pattern GENERATED_STORED = java.util.regex.Pattern.compile("(?is)\\bgenerated\\s+always\\s+as\\s*\\(.*\\)\\s*stored\\b");
    private static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("(?is)^\\s*alter\\s+table\\b.*\\badd\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?\\S+\\s+(?:small|big)?serial\\b");

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (!context.postgresql()) return out;
        int version = context.migration().map(m -> m.targetVersion()).orElse(dev.schemadesigner.review.ReviewInput.DEFAULT_TARGET_VERSION);
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AddColumn a) || !s.existing(a.table())) continue;
            String object = a.table() + "." + a.column().name();
            String sql = s.step().sql().orElse("");
            if (GENERATED_STORED.matcher(sql).find()) {
                out.add(finding(object, s.at() + "generated column " + a.column().name() + " is computed and stored for every row: adding it rewrites all of "
                        + a.table() + " under an exclusive lock"));
                continue;
            }
            if (SERIAL.matcher(sql).find()) {
                out.add(finding(object, s.at() + "serial column " + a.column().name() + " takes nextval() for every existing row: adding it rewrites all of "
                        + a.table() + " under an exclusive lock"));
                continue;
            }
            if (a.column().defaultValue().isEmpty()) continue;
            if (version < 11) {
                out.add(finding(object, s.at() + "before PostgreSQL 11 any default of a new column rewrites all of " + a.table()
                        + " (target_version " + version + ")"));
                continue;
            }
            if (!(a.column().defaultValue().get() instanceof DefaultValue.Expression e)) continue;
            List<FunctionVolatility.Call> volatileCalls = FunctionVolatility.calls(e.sql()).stream().filter(FunctionVolatility.Call::volatileFunction).toList();
            if (volatileCalls.isEmpty()) continue;
            FunctionVolatility.Call first = volatileCalls.get(0);
            String why = first.unknown() ? first.name() + "() is not a PostgreSQL built-in, so it is assumed volatile" : first.name() + "() is volatile";
            out.add(finding(object, s.at() + "default " + e.sql() + " of new column " + a.column().name() + " is computed per row ("
                    + why + ") and rewrites all of " + a.table()));
        }
        return out;
    }
}
