package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.MigrationFacts;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * An UPDATE or INSERT … SELECT in a migration that also changes the schema, or one that updates
 * the whole table in a single statement (no LIMIT, no `WHERE id BETWEEN`, not in a loop).
 *
 * ## Why it matters
 * In one transaction with DDL, the backfill holds the DDL's lock for as long as it takes to touch
 * every row; a single huge UPDATE also bloats the table and can time out the deploy.
 *
 * ## Example
 * `op.add_column(...)` followed by `op.execute("UPDATE feedback_analysis SET priority = 0")`.
 *
 * ## Fix
 * Put the backfill in its own migration (the skill's multi-step strategy), in batches: `UPDATE …
 * WHERE id BETWEEN :lo AND :hi` in a loop, committing between batches.
 *
 * ## Limits
 * Reported once per migration, at the first backfill. An `UPDATE … WHERE id = <one value>` is a
 * one-row fix-up and not counted. Whether a statement is batched is read from LIMIT, BETWEEN or an enclosing loop. DELETEs are not
 * judged.
 */
public final class BackfillInSchemaMigrationRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("backfill-in-schema-migration", Area.MIGRATION, Severity.WARNING,
            "a data backfill in the same migration/transaction as the schema change, or unbatched");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        List<StepInContext> backfills = context.upgradeSteps().stream()
                .filter(s -> s.step().backfill() && !s.step().sql().map(BackfillInSchemaMigrationRule::oneRow).orElse(false)).toList();
        if (backfills.isEmpty()) return out;
        boolean withSchema = context.upgradeSteps().stream().anyMatch(o -> MigrationFacts.schemaChange(o.op()));
        List<StepInContext> judged = withSchema ? backfills : backfills.stream().filter(s -> !s.step().batched()).toList();
        if (judged.isEmpty()) return out;
        StepInContext first = judged.get(0);
        String why = withSchema ? "runs in the same migration as schema changes" : "updates every row in one statement";
        if (withSchema && !first.step().batched()) why += ", unbatched";
        String more = judged.size() > 1 ? " (" + judged.size() + " backfill statements in all)" : "";
        out.add(finding(context.migration().orElseThrow().script().name(), first.at() + "the backfill " + why + more));
        return out;
    }

    /** {@code UPDATE … WHERE id = <one value>}: a one-row fix-up, not a backfill. */
    private static final Pattern ONE_ROW = Pattern.compile("(?is)\\bwhere\\s+(?:[\\w\"]+\\.)?\"?id\"?\\s*=\\s*"
            + "(?:%s|%\\(\\w+\\)s|:\\w+|\\?|\\$\\d+|'[^']*'|-?\\d+)\\s*(?:returning\\b.*)?;?\\s*$");

    static boolean oneRow(String sql) { return ONE_ROW.matcher(sql.strip()).find(); }
}
