package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A table with no primary key.
 *
 * ## Why it matters
 * Without a key, duplicate rows cannot be told apart, the ORM cannot map rows to objects,
 * foreign keys have nothing to reference, and logical replication cannot update or delete rows.
 *
 * ## Example
 * `CREATE TABLE event_log (message text, logged_at timestamptz)` has no key.
 *
 * ## Fix
 * Add a surrogate key (`id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`, the project's
 * BaseModel `id`) or declare the natural key as PRIMARY KEY. No change is proposed automatically:
 * which columns identify a row is a design decision.
 *
 * ## Limits
 * A UNIQUE NOT NULL constraint works as a key for the database but is still reported: the ORM
 * and the project's conventions want a declared primary key.
 */
public final class MissingPrimaryKeyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("missing-primary-key", Area.SCHEMA, Severity.ERROR,
            "a table with no primary key");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            if (t.primaryKey().isEmpty()) {
                out.add(finding(t.name(), "table " + t.name() + " has no primary key" + hint(t)));
            }
        }
        return out;
    }

    private static String hint(Table t) {
        return t.hasColumn("id") ? "; declare id as PRIMARY KEY" : "; add an identity id column or declare the natural key";
    }
}
