package dev.schemadesigner.review.rules.normalization;

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
 * First normal form: a text column whose name says it holds a list — `keywords`, `tags`,
 * `labels`, `categories`, `emails`, `phones`, or a name ending in `_ids` or `_list`.
 *
 * ## Why it matters
 * A comma-separated list cannot be indexed, joined or constrained: finding every pain point
 * with the keyword "wifi" needs `LIKE '%wifi%'` (a full scan that also matches "wifi6"), and
 * a removed keyword means rewriting strings.
 *
 * ## Example
 * `pain_points.keywords varchar(500)` holding `"wifi, router, drops"`.
 *
 * ## Fix
 * A child table with one row per value (`pain_point_keywords (pain_point_id, keyword)`,
 * indexed on keyword), or on PostgreSQL a `text[]`/`jsonb` column with a GIN index. No change
 * is proposed automatically.
 *
 * ## Limits
 * Names and types decide: JSON columns are not reported (they are structured), and a list
 * stored under another name is not seen.
 */
public final class MultivaluedColumnRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("multivalued-column", Area.NORMALIZATION, Severity.WARNING,
            "1NF: a column holding a list (comma-separated keywords, tags, *_ids as text)");
    private static final Set<String> LIST_WORDS = Set.of("keywords", "tags", "labels", "categories", "emails", "phones",
            "ids", "list", "csv", "skills", "topics");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (!SchemaFacts.isString(c.type()) || !LIST_WORDS.contains(SchemaFacts.lastToken(c.name()))) continue;
                out.add(finding(t.name() + "." + c.name(), c.name() + " is " + c.type().describe()
                        + " holding a list; store one value per row in a child table"));
            }
        }
        return out;
    }
}
