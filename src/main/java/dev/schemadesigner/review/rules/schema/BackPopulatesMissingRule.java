package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * An ORM relationship declared on one side only, or whose `back_populates` names a relationship
 * that does not exist on the target or does not point back.
 *
 * ## Why it matters
 * Without the pair, changes made through one side are not seen on the other within a session
 * (`feedback.pain_points` stays stale after `pain_point.feedback = feedback`), and a misspelt
 * `back_populates` fails only when the mappers are configured, at run time.
 *
 * ## Example
 * `CustomerTimeline.feedback = relationship("FeedbackAnalysis")` with no `back_populates`
 * and no `timelines` relationship on `FeedbackAnalysis`.
 *
 * ## Fix
 * Declare both sides with matching names: `feedback = relationship(back_populates="timelines")`
 * and `timelines = relationship(back_populates="feedback")`. Relationships are ORM code, so
 * the fix is described rather than given as a schema change.
 *
 * ## Limits
 * Only relationships in the schema are seen (SQLAlchemy models, not SQL DDL). `backref=` is
 * read by the importer as a declared pair.
 */
public final class BackPopulatesMissingRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("back-populates-missing", Area.SCHEMA, Severity.WARNING,
            "a relationship declared on one side only, or back_populates names that do not pair up");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Relationship r : t.relationships()) {
                Optional<Table> target = context.table(r.target());
                if (target.isEmpty()) continue;
                String problem = problem(t, r, target.get());
                if (problem != null) out.add(finding(t.name() + "." + r.name(), problem));
            }
        }
        return out;
    }

    private static String problem(Table owner, Relationship r, Table target) {
        if (r.backPopulates().isEmpty()) {
            Optional<Relationship> pointing = target.relationships().stream()
                    .filter(o -> o.target().equals(owner.name()) && o.backPopulates().map(r.name()::equals).orElse(false)).findFirst();
            if (pointing.isPresent()) {
                return "relationship " + r.name() + " has no back_populates although " + r.target() + "." + pointing.get().name()
                        + " pairs with it; add back_populates=\"" + pointing.get().name() + "\"";
            }
            return "relationship " + r.name() + " to " + r.target() + " has no back_populates, so "
                    + r.target() + " cannot navigate back to " + owner.name();
        }
        String back = r.backPopulates().get();
        Optional<Relationship> other = target.relationships().stream().filter(o -> o.name().equals(back)).findFirst();
        if (other.isEmpty()) return "back_populates names " + r.target() + "." + back + ", which is not declared";
        if (!other.get().target().equals(owner.name())) return "back_populates names " + r.target() + "." + back + ", which points to " + other.get().target();
        if (other.get().backPopulates().isPresent() && !other.get().backPopulates().get().equals(r.name())) {
            return r.target() + "." + back + " back-populates " + other.get().backPopulates().get() + ", not " + r.name();
        }
        return null;
    }
}
