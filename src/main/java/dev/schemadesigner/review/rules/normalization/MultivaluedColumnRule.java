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
import java.util.regex.Pattern;

/**
 * ## What it flags
 * First normal form: a text column whose name says it holds a list — its last word is a plural
 * of something counted one by one (`keywords`, `tags`, `labels`, `categories`, `emails`,
 * `allergens`, `roles`, `author_names`, `linked_note_ids`, …) or `list`/`csv` — or whose comment
 * says it is comma- or semicolon-separated.
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
    private static final Set<String> LIST_WORDS = Set.of("keywords", "tags", "hashtags", "labels", "categories", "emails", "phones",
            "ids", "list", "csv", "skills", "topics", "allergens", "allergies", "ingredients", "genres", "roles", "permissions",
            "recipients", "attendees", "participants", "names", "urls", "interests", "languages", "aliases", "authors", "members");
    private static final Pattern SEPARATED = Pattern.compile("(comma|semicolon|pipe|space)[- ]separated|list of", Pattern.CASE_INSENSITIVE);

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (!SchemaFacts.isString(c.type()) || !holdsList(c)) continue;
                out.add(finding(t.name() + "." + c.name(), c.name() + " is " + c.type().describe()
                        + " holding a list: no value in it can be indexed, joined or constrained, and finding one means LIKE over every row;"
                        + " store one value per row in a child table (" + SchemaFacts.singular(t.name()) + "_id, value)"
                        + (context.postgresql() ? ", or a text[] column with a GIN index" : "")));
            }
        }
        return out;
    }

    private static boolean holdsList(Column c) {
        return LIST_WORDS.contains(SchemaFacts.lastToken(c.name())) || c.comment().map(x -> SEPARATED.matcher(x).find()).orElse(false);
    }
}
