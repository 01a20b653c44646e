package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.AddUnique;
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
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ## What it flags
 * A natural key (email, username, slug, sku, code, a `*_hash`, an `external_id`) with no UNIQUE
 * constraint or unique index containing it.
 *
 * ## Why it matters
 * Two rows with the same email or the same content hash are a bug the application cannot
 * prevent on its own: concurrent inserts race past any "does it exist?" check. A cache keyed by
 * hash also needs the index for its lookups.
 *
 * ## Example
 * `analysis_cache.comment_hash varchar(64) NOT NULL` without UNIQUE.
 *
 * ## Fix
 * `ADD CONSTRAINT uq_<table>_<column> UNIQUE (<column>)`. On a populated table, find duplicates
 * first; the migration rules say how to build the index concurrently.
 *
 * ## Limits
 * A composite UNIQUE that contains the column (e.g. `(tenant_id, email)`) counts. Password
 * hashes and foreign key columns are exempt. Names decide: `country_code` is not a natural key.
 */
public final class UniqueNaturalKeyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("unique-natural-key", Area.SCHEMA, Severity.WARNING,
            "a natural key (email, username, slug, sku, code, hash, external id) without a UNIQUE constraint");
    private static final Set<String> NAMES = Set.of("email", "email_address", "username", "user_name", "slug", "sku", "code",
            "hash", "external_id", "external_ref");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (!naturalKey(c) || SchemaFacts.isForeignKeyColumn(t, c.name()) || SchemaFacts.isUniqueIn(t, c.name())) continue;
                Unique unique = Unique.of(SchemaFacts.constraintName("uq", t.name(), c.name()), c.name());
                out.add(finding(t.name() + "." + c.name(), c.name() + " looks like a natural key but nothing makes it unique",
                        Fix.of("add UNIQUE (" + c.name() + ") on " + t.name(), new AddUnique(t.name(), unique))));
            }
        }
        return out;
    }

    private static boolean naturalKey(Column c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        if (n.contains("password") || n.contains("secret")) return false;
        return NAMES.contains(n) || n.endsWith("_hash") || n.endsWith("_external_id");
    }
}
