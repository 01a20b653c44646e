package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.MigrationFacts.StepInContext;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * An ALTER that makes an existing column of an existing table NOT NULL.
 *
 * ## Why it matters
 * PostgreSQL scans the whole table to check for NULLs while holding an ACCESS EXCLUSIVE lock:
 * reads and writes wait for the scan. MariaDB rebuilds the table.
 *
 * ## Example
 * `op.alter_column('feedback_analysis', 'user_score', nullable=False)` or `ALTER TABLE
 * feedback_analysis ALTER COLUMN user_score SET NOT NULL`.
 *
 * ## Fix
 * On PostgreSQL add `CHECK (user_score IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` it in a
 * later migration (no write lock), then SET NOT NULL, which PostgreSQL 12+ proves from the check
 * without a scan.
 *
 * ## Limits
 * On PostgreSQL 12+ (`target_version`, default 15) SET NOT NULL after the migration validated a
 * `CHECK (column IS NOT NULL)` is not flagged: PostgreSQL proves it from the check without a scan.
 * A VALIDATE of a constraint the migration does not show is taken to be that check. Not reported on SQLite (see `sqlite-alter-unsupported`) or for tables created by the same
 * migration. Table size is not known.
 */
public final class SetNotNullOnExistingColumnRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("set-not-null-on-existing-column", Area.MIGRATION, Severity.WARNING,
            "SET NOT NULL on a populated table (full scan under lock); use a NOT VALID check first");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (context.dialect().equals("sqlite")) return out;
        for (StepInContext s : context.upgradeSteps()) {
            if (!(s.op() instanceof AlterColumn a) || a.nullable() || !s.existing(a.table())) continue;
            Optional<Column> before = s.schemaBefore().table(a.table()).flatMap(t -> t.column(a.column()));
            if (before.isEmpty() || !before.get().nullable()) continue;
            if (context.postgresql() && context.migration().orElseThrow().targetVersion() >= 12 && provenByValidatedCheck(context, s, a)) continue;
            String check = "ck_" + a.table() + "_" + a.column() + "_not_null";
            out.add(finding(a.table() + "." + a.column(), s.at() + "SET NOT NULL on " + a.table() + "." + a.column()
                    + " scans the whole table under an exclusive lock",
                    Fix.of("add CHECK (" + a.column() + " IS NOT NULL) NOT VALID, validate it later, then set NOT NULL",
                            new AddCheck(a.table(), new Check(check, a.column() + " IS NOT NULL"), true))));
        }
        return out;
    }

    private static final java.util.regex.Pattern NOT_NULL_CHECK = java.util.regex.Pattern.compile("(?i)^\\(*\\s*\"?([\\w$]+)\"?\\s+is\\s+not\\s+null\\s*\\)*$");

    /**
     * True when PostgreSQL 12+ proves the column non-null without a scan: earlier in the migration
     * a constraint of the table was validated, and it is a {@code CHECK (column IS NOT NULL)} (or
     * one the migration does not show, which a VALIDATE just before SET NOT NULL is taken to be).
     */
    private static boolean provenByValidatedCheck(ReviewContext context, StepInContext at, AlterColumn a) {
        for (StepInContext s : context.upgradeSteps()) {
            if (s.step().line() > at.step().line()) break;
            Optional<String> name = dev.schemadesigner.review.MigrationFacts.validated(s.step());
            if (name.isEmpty()) continue;
            Optional<Check> check = s.schemaBefore().table(a.table()).flatMap(t -> t.checks().stream().filter(c -> c.name().equalsIgnoreCase(name.get())).findFirst());
            if (check.isEmpty()) {
                if (s.schemaBefore().table(a.table()).map(t -> t.foreignKeys().stream().anyMatch(f -> f.name().equalsIgnoreCase(name.get()))).orElse(false)) continue;
                return true;
            }
            java.util.regex.Matcher m = NOT_NULL_CHECK.matcher(check.get().expression().strip());
            if (m.matches() && m.group(1).equalsIgnoreCase(a.column())) return true;
        }
        return false;
    }
}
