package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A foreign key with no ON DELETE rule (NO ACTION, the default) where the child is owned by the
 * parent: its key column is NOT NULL, or the parent's ORM relationship cascades `delete-orphan`.
 *
 * ## Why it matters
 * Deleting the parent then fails with a foreign key violation, or, if the application deletes
 * children first, needs an extra round trip per table. Saying CASCADE or RESTRICT records the intent.
 *
 * ## Example
 * `pain_points.feedback_id integer NOT NULL REFERENCES feedback_analysis(id)` with no ON DELETE.
 *
 * ## Fix
 * Recreate the foreign key with `ON DELETE CASCADE` (children go with their parent, as the skill
 * recommends for pain points). Choose RESTRICT instead when children must block the delete.
 *
 * ## Limits
 * SQL cannot tell an explicit `ON DELETE NO ACTION` from an omitted one; write RESTRICT to say
 * "block". Nullable keys are left to `fk-nullable`.
 */
public final class CascadeUndefinedRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("cascade-undefined", Area.SCHEMA, Severity.WARNING,
            "a foreign key with no ON DELETE rule where the child is owned by the parent");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.onDelete() != FkAction.NO_ACTION || !owned(context.schema(), t, fk)) continue;
                ForeignKey cascading = fk.withActions(FkAction.CASCADE, fk.onUpdate());
                out.add(finding(t.name() + "." + String.join(",", fk.columns()), "foreign key " + fk.name()
                                + " to " + fk.referencedTable() + " has no ON DELETE rule although " + t.name() + " rows belong to it",
                        Fix.of("recreate " + fk.name() + " with ON DELETE CASCADE", new DropForeignKey(t.name(), fk.name()),
                                new AddForeignKey(t.name(), cascading, context.notValidConstraints()))));
            }
        }
        return out;
    }

    private static boolean owned(Schema schema, Table child, ForeignKey fk) {
        boolean required = fk.columns().stream().allMatch(c -> child.column(c).map(x -> !x.nullable()).orElse(false));
        if (required) return true;
        return schema.table(fk.referencedTable()).map(p -> p.relationships().stream()
                .anyMatch(r -> r.target().equals(child.name()) && cascadesOrphans(r))).orElse(false);
    }

    private static boolean cascadesOrphans(Relationship r) {
        return r.cascade().map(c -> c.contains("delete-orphan")).orElse(false);
    }
}
