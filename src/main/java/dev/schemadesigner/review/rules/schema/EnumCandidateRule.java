package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ## What it flags
 * A free-text column (varchar or text) whose name says it holds one of a fixed set of values:
 * its last word is status, type, category, kind, state or role, and no CHECK names it.
 *
 * ## Why it matters
 * Free text accepts `'Billing'`, `'billing '` and `'BILING'` alike; reports then count three
 * categories. An enum type (or a CHECK … IN list) keeps the set closed and documents it.
 *
 * ## Example
 * `pain_points.category varchar(50) NOT NULL` holding CONNECTIVITY, SPEED, SUPPORT, BILLING.
 *
 * ## Fix
 * `CREATE TYPE pain_point_category AS ENUM (…)` and use it for the column (SQLAlchemy
 * `Enum(PainPointCategory)`), or `CHECK (category IN (…))`. The values are not known to the
 * review, so no change is proposed.
 *
 * ## Limits
 * Names decide. A column with a CHECK that mentions it (e.g. an IN list) is considered closed.
 * `subcategory`, one word, is not matched.
 */
public final class EnumCandidateRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("enum-candidate", Area.SCHEMA, Severity.INFO,
            "a free-text column holding a fixed set of values (status, type, category, kind, state, role)");
    private static final Set<String> WORDS = Set.of("status", "type", "category", "kind", "state", "role");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (!SchemaFacts.isString(c.type()) || !WORDS.contains(SchemaFacts.lastToken(c.name()))) continue;
                if (SchemaFacts.checkMentions(t, c.name()) || SchemaFacts.isForeignKeyColumn(t, c.name())) continue;
                out.add(finding(t.name() + "." + c.name(), c.name() + " is free text but holds a fixed set of values;"
                        + " use an enum type or a CHECK … IN list"));
            }
        }
        return out;
    }
}
