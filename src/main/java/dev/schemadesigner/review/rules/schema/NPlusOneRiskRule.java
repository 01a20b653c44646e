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
import java.util.Locale;
import java.util.Set;

/**
 * ## What it flags
 * An ORM relationship loaded lazily (SQLAlchemy's default `lazy="select"`), which a list view
 * loads with one extra query per row.
 *
 * ## Why it matters
 * `for t in session.query(CustomerTimeline): t.feedback.comment_text` runs 1 + N queries; with a
 * pool of 20 connections, a page of 500 rows holds one for 501 round trips.
 *
 * ## Example
 * `feedback = relationship("FeedbackAnalysis")` on `CustomerTimeline`.
 *
 * ## Fix
 * Load eagerly where lists are read: `.options(joinedload(CustomerTimeline.feedback))` for a
 * many-to-one, `selectinload(...)` for a collection, or set `lazy="selectin"` / `lazy="raise"`
 * on the relationship. Relationships are ORM code, so the fix is described, not a schema change.
 *
 * ## Limits
 * Whether a list view really reads the relationship is not known; every lazily loaded
 * relationship is reported once, as information.
 */
public final class NPlusOneRiskRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("n-plus-one-risk", Area.SCHEMA, Severity.INFO,
            "a relationship that list views will load lazily, one query per row; names the eager-loading fix");
    private static final Set<String> LAZY = Set.of("select", "true");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Relationship r : t.relationships()) {
                if (!r.lazy().map(l -> LAZY.contains(l.toLowerCase(Locale.ROOT))).orElse(true)) continue;
                String loader = r.many() ? "selectinload" : "joinedload";
                out.add(finding(t.name() + "." + r.name(), "relationship " + r.name() + " loads lazily, one query per "
                        + t.name() + " row in list views; use options(" + loader + "(…" + r.name() + ")) or lazy=\"selectin\""));
            }
        }
        return out;
    }
}
