package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * An ORM relationship whose cascade disagrees with the database's ON DELETE, and foreign keys
 * that cannot do what they say: ON DELETE SET NULL on a NOT NULL column.
 *
 * ## Why it matters
 * With `cascade="all, delete-orphan"` but no ON DELETE CASCADE, a bulk `DELETE` (or any client
 * other than the ORM) fails or leaves children behind. With ON DELETE CASCADE but no ORM delete
 * cascade, SQLAlchemy first sets the children's keys to NULL, which a NOT NULL key refuses.
 * SET NULL on a NOT NULL column makes every parent delete fail.
 *
 * ## Example
 * `feedback_analysis.pain_points = relationship(cascade="all, delete-orphan")` while
 * `pain_points.feedback_id` references it with no ON DELETE rule.
 *
 * ## Fix
 * Make both sides say the same: ON DELETE CASCADE with `cascade="all, delete-orphan"` and
 * `passive_deletes=True`, or RESTRICT with no delete cascade. No change is proposed
 * automatically; which side is right is a design decision.
 *
 * ## Limits
 * Only relationships declared in the schema (SQLAlchemy models) are compared; SQL DDL carries none.
 */
public final class OrphanRiskRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("orphan-risk", Area.SCHEMA, Severity.WARNING,
            "ORM cascade and database ON DELETE disagree, or children can outlive their parent");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean required = fk.columns().stream().anyMatch(c -> t.column(c).map(x -> !x.nullable()).orElse(false));
                if (fk.onDelete() == FkAction.SET_NULL && required) {
                    out.add(finding(t.name() + "." + String.join(",", fk.columns()), "foreign key " + fk.name()
                            + " says ON DELETE SET NULL but its column is NOT NULL, so deleting a " + fk.referencedTable() + " row fails"));
                }
            }
            for (Relationship r : t.relationships()) {
                if (!r.many()) continue;
                Optional<ForeignKey> fk = context.table(r.target()).flatMap(c -> c.foreignKeys().stream()
                        .filter(f -> f.referencedTable().equals(t.name())).findFirst());
                if (fk.isEmpty()) continue;
                boolean ormDeletes = r.cascade().map(c -> c.contains("delete") || c.contains("all")).orElse(false);
                boolean dbDeletes = fk.get().onDelete() == FkAction.CASCADE;
                String object = t.name() + "." + r.name();
                if (ormDeletes && !dbDeletes) {
                    out.add(finding(object, "relationship " + r.name() + " deletes " + r.target() + " rows in the ORM but "
                            + fk.get().name() + " has ON DELETE " + fk.get().onDelete().sql() + ", so deletes outside the ORM leave orphans or fail"));
                } else if (dbDeletes && r.cascade().isPresent() && !ormDeletes) {
                    out.add(finding(object, "foreign key " + fk.get().name() + " cascades deletes but relationship " + r.name()
                            + " does not, so the ORM nulls the children's keys first"));
                }
            }
        }
        return out;
    }
}
