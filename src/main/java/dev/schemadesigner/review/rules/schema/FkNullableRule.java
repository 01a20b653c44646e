package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ## What it flags
 * A nullable foreign key column with no sign that the relationship is optional.
 *
 * ## Why it matters
 * A row whose key is NULL references nothing: it becomes an orphan the application did not mean
 * to create, and joins silently drop it. Most child rows need their parent.
 *
 * ## Example
 * `customer_timeline.feedback_id integer REFERENCES feedback_analysis(id)` without NOT NULL.
 *
 * ## Fix
 * `ALTER COLUMN feedback_id SET NOT NULL`. On a populated table, backfill first; the migration
 * rules say how to do it without a long lock.
 *
 * ## Limits
 * Signs of an optional relationship that silence the rule: ON DELETE SET NULL, a self-reference
 * (tree roots have no parent), a key that assigns rather than owns (to a department, category or
 * zone), a second key to a parent the row already needs
 * (`original_language_id` beside a NOT NULL `language_id`), a column comment containing "optional", or a name starting with
 * `optional_`, `parent_` or `previous_`. Anything else needs `ignore: fk-nullable`.
 */
public final class FkNullableRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("fk-nullable", Area.SCHEMA, Severity.WARNING,
            "a nullable foreign key with no sign that the relationship is optional");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.onDelete() == FkAction.SET_NULL || fk.referencedTable().equals(t.name()) || SchemaFacts.assignsRather(t, fk)
                        || secondRole(t, fk)) continue;
                for (String name : fk.columns()) {
                    Column c = t.column(name).orElseThrow();
                    if (!c.nullable() || markedOptional(c)) continue;
                    out.add(finding(t.name() + "." + name, "foreign key column " + name + " of " + t.name()
                                    + " is nullable, so rows can exist without their " + fk.referencedTable(),
                            Fix.of("make " + t.name() + "." + name + " NOT NULL", AlterColumn.nullability(c, t.name(), false))));
                }
            }
        }
        return out;
    }

    /**
     * A second key to a parent the row already needs ({@code original_language_id} beside a NOT NULL {@code language_id}):
     * a further role the row may or may not have.
     */
    private static boolean secondRole(Table t, ForeignKey fk) {
        return t.foreignKeys().stream().anyMatch(o -> o != fk && o.referencedTable().equals(fk.referencedTable())
                && o.columns().stream().allMatch(c -> t.column(c).map(x -> !x.nullable()).orElse(false)));
    }

    private static boolean markedOptional(Column c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        if (n.startsWith("optional_") || n.startsWith("parent_") || n.startsWith("previous_")) return true;
        return c.comment().map(x -> x.toLowerCase(Locale.ROOT).contains("optional")).orElse(false);
    }
}
