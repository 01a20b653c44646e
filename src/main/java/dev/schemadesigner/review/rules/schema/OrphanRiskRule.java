package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
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
 * An ORM relationship whose cascade disagrees with the database's ON DELETE; a one-to-many
 * relationship (SQLAlchemy `relationship`, JPA `@OneToMany`) where neither side decides what
 * happens to the children when their parent is deleted — no delete cascade on the relationship and
 * no ON DELETE rule on a nullable foreign key; and foreign keys that cannot do what they say:
 * ON DELETE SET NULL on a NOT NULL column.
 *
 * ## Why it matters
 * With `cascade="all, delete-orphan"` but no ON DELETE CASCADE, a bulk `DELETE` (or any client
 * other than the ORM) fails or leaves children behind. With ON DELETE CASCADE but no ORM delete
 * cascade, SQLAlchemy first sets the children's keys to NULL, which a NOT NULL key refuses.
 * SET NULL on a NOT NULL column makes every parent delete fail. With no decision at all,
 * SQLAlchemy sets the children's keys to NULL when the parent goes, so they stay behind belonging
 * to nothing; JPA's delete fails on the foreign key until code detaches them the same way.
 *
 * ## Example
 * `feedback_analysis.pain_points = relationship(cascade="all, delete-orphan")` while
 * `pain_points.feedback_id` references it with no ON DELETE rule.
 *
 * ## Fix
 * Make both sides say the same: ON DELETE CASCADE with `cascade="all, delete-orphan"` and
 * `passive_deletes=True` (JPA: `orphanRemoval = true` and `@OnDelete(CASCADE)`), RESTRICT with no
 * delete cascade, or SET NULL when the children are meant to outlive the parent. No change is
 * proposed: the finding asks which of the three the relationship means.
 *
 * ## Limits
 * Only relationships declared in the schema (SQLAlchemy models, JPA entities) are compared; SQL
 * DDL carries none. An optional key that assigns rather than owns is left alone: the parent sorts
 * rows (a department, category or zone, or any lookup table: a name and little else); clearing it
 * when the parent goes is what the ORM does, and a sane choice. A NOT NULL foreign key with no ON DELETE rule is left to `cascade-undefined`.
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
                } else if (!ormDeletes && fk.get().onDelete() == FkAction.NO_ACTION && optional(context.table(r.target()), fk.get())
                        && !SchemaFacts.assignsRather(context.schema(), context.table(r.target()).get(), fk.get())) {
                    String key = r.target() + "." + String.join(", ", fk.get().columns());
                    out.add(finding(object, "nothing decides what happens to " + r.target() + " rows when their " + SchemaFacts.singular(t.name())
                            + " is deleted: relationship " + r.name() + " has no delete cascade and " + fk.get().name()
                            + " no ON DELETE rule, so the ORM sets " + key + " to NULL and they stay behind belonging to nothing (or the delete fails);"
                            + " which is meant: CASCADE (children go with it), RESTRICT (they block the delete) or SET NULL (they outlive it)?"));
                }
            }
        }
        return out;
    }

    /** True when every column of the foreign key may be NULL: the ORM can detach the children instead of failing. */
    private static boolean optional(Optional<Table> child, ForeignKey fk) {
        return child.isPresent() && fk.columns().stream().allMatch(c -> child.get().column(c).map(x -> x.nullable()).orElse(false));
    }
}
