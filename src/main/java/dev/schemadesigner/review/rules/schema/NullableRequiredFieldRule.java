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
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ## What it flags
 * A nullable column that every row needs: key-like values (`*_key`, `*_hash`, `slug`, `sku`,
 * `code`), a category/status/type/kind/state/role, or a score, severity, rating or priority.
 *
 * ## Why it matters
 * Filters such as `WHERE status = 'open'` silently skip NULL rows, counts per category gain a
 * NULL bucket, and the application must handle a value that should never be missing.
 *
 * ## Example
 * `pain_points.category varchar(50)` without NOT NULL; `feedback_analysis.user_score integer` nullable.
 *
 * ## Fix
 * `ALTER COLUMN … SET NOT NULL` (backfill first on a populated table).
 *
 * ## Limits
 * Names decide, so `subcategory` (one word) is left alone while `event_type` is flagged. Foreign
 * key columns are reported by `fk-nullable` instead. A column comment containing "optional" silences it.
 */
public final class NullableRequiredFieldRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("nullable-required-field", Area.SCHEMA, Severity.WARNING,
            "a column that must be present (key-like, category/status, a foreign key, a score) left nullable");
    private static final Set<String> KINDS = Set.of("status", "state", "category", "type", "kind", "role");
    private static final Set<String> SCORES = Set.of("score", "severity", "rating", "priority");
    private static final Set<String> KEY_SUFFIXES = Set.of("key", "hash");
    private static final Set<String> KEY_NAMES = Set.of("slug", "sku", "code");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (!c.nullable() || SchemaFacts.isForeignKeyColumn(t, c.name()) || optional(c)) continue;
                String why = reason(c);
                if (why == null) continue;
                out.add(finding(t.name() + "." + c.name(), c.name() + " is " + why + " every row needs, but it is nullable",
                        Fix.of("make " + t.name() + "." + c.name() + " NOT NULL", AlterColumn.nullability(c, t.name(), false))));
            }
        }
        return out;
    }

    private static String reason(Column c) {
        String last = SchemaFacts.lastToken(c.name());
        if (KINDS.contains(last)) return "a " + last + " value";
        if (SCORES.contains(last) && SchemaFacts.isNumeric(c.type())) return "a " + last + " value";
        if (KEY_NAMES.contains(c.name().toLowerCase(Locale.ROOT)) || KEY_SUFFIXES.contains(last) && SchemaFacts.tokens(c.name()).size() > 1) {
            return "a key-like value";
        }
        return null;
    }

    private static boolean optional(Column c) {
        return c.comment().map(x -> x.toLowerCase(Locale.ROOT).contains("optional")).orElse(false)
                || c.name().toLowerCase(Locale.ROOT).contains("password");
    }
}
