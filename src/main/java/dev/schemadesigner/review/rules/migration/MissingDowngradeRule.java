package dev.schemadesigner.review.rules.migration;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.importer.migration.MigrationStep;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.MigrationFacts;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A migration whose upgrade changes the schema but that has no downgrade, or whose downgrade does
 * not bring the schema back: before → upgrade → downgrade is compared with before.
 *
 * ## Why it matters
 * A failed deploy cannot be rolled back, and a downgrade that leaves stray columns or misses an
 * index makes the next upgrade fail.
 *
 * ## Example
 * `def downgrade(): pass` after an `op.add_column`, or a downgrade that drops the column but
 * forgets the index the upgrade created.
 *
 * ## Fix
 * Write the inverse operations in reverse order; the finding's fix lists them.
 *
 * ## Limits
 * An error for an Alembic revision (its `downgrade()` is missing or `pass`); information only for
 * a SQL file, since Flyway `V__` files and Diesel `up.sql` are forward-only (their undo lives in
 * another file the review does not see).
 * Only what the schema model holds is compared (tables, columns, keys, indexes, checks, uniques,
 * enums). A step that does not apply counts as a difference. Data is not compared (see
 * `lossy-downgrade`).
 */
public final class MissingDowngradeRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("missing-downgrade", Area.MIGRATION, Severity.ERROR,
            "a migration with no downgrade, or a downgrade that does not restore the schema");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        MigrationFacts facts = context.migration().orElse(null);
        if (facts == null) return out;
        MigrationScript script = facts.script();
        if (script.upgrade().stream().noneMatch(s -> MigrationFacts.schemaChange(s.op()))) return out;
        Schema restored = facts.afterUpgrade();
        for (MigrationStep s : script.downgrade()) restored = MigrationFacts.applied(s.op(), restored);
        SchemaDiff diff = SchemaDiff.between(facts.before(), restored);
        if (!script.downgrade().isEmpty() && diff.isEmpty()) return out;
        // Flyway V__ files and Diesel up.sql are forward-only by design: said, not an error
        boolean forwardOnly = facts.sqlFile();
        String message = forwardOnly && script.downgrade().isEmpty() ? "the SQL migration changes the schema and has no down section; "
                + "if the tool has undo migrations (Flyway U__, Diesel down.sql, dbmate migrate:down), write the inverse there"
                : script.downgrade().isEmpty() ? "the migration changes the schema but has no downgrade"
                : "the downgrade does not restore the schema: " + diff.differences().get(0)
                + (diff.differences().size() > 1 ? " (and " + (diff.differences().size() - 1) + " more)" : "");
        Finding found = inverse(script, facts.before()).map(fix -> finding(script.name(), message, fix)).orElseGet(() -> finding(script.name(), message));
        out.add(forwardOnly ? found.withSeverity(Severity.INFO) : found);
        return out;
    }

    private static java.util.Optional<Fix> inverse(MigrationScript script, Schema before) {
        try {
            ChangeSet up = new ChangeSet(script.upgrade().stream().map(MigrationStep::op).filter(MigrationFacts::schemaChange).toList());
            ChangeSet down = up.inverse(before);
            return down.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Fix("downgrade: undo the upgrade in reverse order", down));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
