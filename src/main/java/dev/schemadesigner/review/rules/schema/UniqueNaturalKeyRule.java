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
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * A natural key with no UNIQUE constraint or unique index containing it: an email, username,
 * slug, sku, code or `*_hash` (also after the entity's name or a qualifier: `product_sku` in
 * `products`, `url_slug`); a standard identifier (`isbn`, `ean`, `vin`, `iban`, `barcode`,
 * `license_plate`, `guid`, `orcid`, `doi`, `lei`, `imei`); an external id (`external_id`, `stripe_customer_id`,
 * `google_place_id`); or a number or code that names the row (`order_number` in `orders`,
 * `po_number`, `tracking_number`, `variant_code`, `confirmation_code`); a key or token a link or
 * client looks the row up by (`activation_key`, `confirmation_token`, `api_key`); the name of a lookup table,
 * whatever the table is called (`types.name`, `genres.name`, `tags.tagname`: a table with a key, a
 * name and little else, referencing nothing).
 *
 * ## Why it matters
 * Two rows with the same email, order number or Stripe customer are a bug the application cannot
 * prevent on its own: concurrent inserts race past any "does it exist?" check. Lookups by the key
 * also need the index the constraint brings.
 *
 * ## Example
 * `invoices.invoice_number varchar(30) NOT NULL` without UNIQUE.
 *
 * ## Fix
 * `ADD CONSTRAINT uq_<table>_<column> UNIQUE (<column>)`. On a populated table, find duplicates
 * first; the migration rules say how to build the index concurrently. A number of another kind in
 * a child table (`players.shirt_number` beside a required `team_id`) names the row within its
 * parent: the fix is then `UNIQUE (team_id, shirt_number)`.
 *
 * ## Limits
 * A composite UNIQUE that contains the column (e.g. `(tenant_id, email)`) counts. Names decide, and
 * these are left alone: password hashes and foreign keys; numbers and codes of something else
 * (`phone_number`, `country_code`, `zip_code`, `customer_number` where `customers` is another
 * table or `customer_id` stands beside it); copies in line tables (`order_lines.sku`); and who
 * did something in a log-like table (`password_resets.email`, `login_attempts.username`).
 */
public final class UniqueNaturalKeyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("unique-natural-key", Area.SCHEMA, Severity.WARNING,
            "a natural key (email, username, slug, sku, code, hash, external id) without a UNIQUE constraint");
    private static final Set<String> PEOPLE = Set.of("email", "email_address", "username", "user_name", "handle");
    private static final Set<String> NAMES = Set.of("slug", "sku", "code", "hash", "external_id", "external_ref", "isbn", "issn", "ean",
            "upc", "gtin", "vin", "iban", "ssn", "barcode", "license_plate", "guid", "public_id", "subdomain", "orcid", "doi", "isni", "lei", "duns",
            "asin", "imei");
    /** Services whose ids a row stores: {@code stripe_customer_id} is the row's identity over there. */
    private static final Set<String> PROVIDERS = Set.of("stripe", "paypal", "braintree", "adyen", "square", "plaid", "github", "gitlab",
            "google", "apple", "facebook", "twitter", "linkedin", "microsoft", "slack", "discord", "shopify", "salesforce", "hubspot",
            "zendesk", "intercom", "auth0", "okta", "firebase", "twilio", "mailchimp", "sendgrid", "xero", "quickbooks", "jira");
    /** Words before a natural key's name that keep it the row's own key: {@code url_slug}, {@code public_guid}. */
    private static final Set<String> QUALIFIERS = Set.of("url", "public", "canonical", "unique", "global", "permanent", "short");
    /** What a key or token column is for when a link or a client looks the row up by it: {@code activation_key}, {@code confirmation_token}. */
    private static final Set<String> LOOKUP_CREDENTIALS = Set.of("activation", "reset", "confirmation", "verification", "invite", "invitation",
            "api", "access", "license", "licence", "unsubscribe", "magic");
    private static final Pattern NUMBERED = Pattern.compile("(.+)_(number|no|num|code)");
    /** What a number or code may name besides the row: {@code phone_number}, {@code country_code}. */
    private static final Set<String> NOT_THE_ROW = Set.of("phone", "mobile", "fax", "house", "street", "building", "floor", "apartment",
            "flat", "unit", "page", "line", "version", "sequence", "position", "seat", "card", "cvv", "port", "country", "currency",
            "language", "locale", "postal", "zip", "area", "status", "error", "response", "reason", "type", "color", "colour", "region",
            "state", "timezone", "tax", "vat", "discount", "promo", "coupon", "voucher", "hs", "iso", "dial", "access", "verification",
            "otp", "auth", "reset", "security", "pin", "lot", "batch");
    /** Last words of tables that record events: an email there says who acted, not which row it is. */
    private static final Set<String> LOGS = Set.of("resets", "attempts", "logs", "log", "events", "history", "histories", "requests",
            "invitations", "invites", "notifications", "messages", "deliveries", "audits", "audit", "verifications", "tokens", "sessions",
            "visits", "views", "clicks", "signups", "subscriptions", "responses", "submissions");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (SchemaFacts.isForeignKeyColumn(t, c.name()) || SchemaFacts.isUniqueIn(t, c.name())) continue;
                Optional<String> why = naturalKey(context.schema(), t, c.name().toLowerCase(Locale.ROOT));
                if (why.isEmpty()) continue;
                // a number of the table's own kind names the row; another number names it only within its parent
                String stem = stemOf(c.name());
                Optional<String> parent = !stem.isEmpty() && !namesThis(t, stem) ? parentKey(t) : Optional.empty();
                List<String> columns = parent.map(p -> List.of(p, c.name())).orElse(List.of(c.name()));
                String parentName = parent.map(p -> p.substring(0, p.length() - 3).replace('_', ' ')).orElse("");
                String within = parent.isPresent() ? " within its " + parentName : "";
                Unique unique = Unique.of(SchemaFacts.constraintName("uq", t.name(), String.join("_", columns)), columns.toArray(String[]::new));
                out.add(finding(t.name() + "." + c.name(), c.name() + " " + why.get() + within + " but nothing makes it unique: two "
                                + t.name() + " rows" + (parent.isPresent() ? " of one " + parentName : "") + " can carry the same value, and lookups by it scan the table",
                        Fix.of("add UNIQUE (" + String.join(", ", columns) + ") on " + t.name() + (context.existing() ? " (find duplicates first)" : ""),
                                new AddUnique(t.name(), unique))));
            }
        }
        return out;
    }

    /** The one NOT NULL single-column foreign key of the table ({@code team_id}), the parent a child's number counts within. */
    private static Optional<String> parentKey(Table t) {
        List<String> required = t.foreignKeys().stream().filter(f -> f.columns().size() == 1).map(f -> f.columns().get(0))
                .filter(c -> t.column(c).map(x -> !x.nullable()).orElse(false)).distinct().toList();
        return required.size() == 1 ? Optional.of(required.get(0)) : Optional.empty();
    }

    private static String stemOf(String column) {
        Matcher m = NUMBERED.matcher(column.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : "";
    }

    /** Why the column identifies a row of the table, or empty when it does not. */
    private static Optional<String> naturalKey(Schema schema, Table t, String n) {
        if (n.contains("password") || n.contains("secret")) return Optional.empty();
        if (PEOPLE.contains(n)) return logLike(t) ? Optional.empty() : Optional.of("identifies " + article(entity(t)));
        if (lineTable(t)) return Optional.empty();
        if (NAMES.contains(n) || n.endsWith("_hash")) return Optional.of("is a natural key of " + t.name());
        if (SchemaFacts.isLookup(t) && t.column(n).or(() -> columnIgnoringCase(t, n)).map(c -> SchemaFacts.namesKind(t, c)).orElse(false)) {
            return Optional.of("names the kind each " + entity(t) + " row stands for");
        }
        String last = SchemaFacts.lastToken(n);
        if (NAMES.contains(last) && n.length() > last.length() + 1) {
            // product_sku in products, url_slug: the same key spelt with the entity or a qualifier before it
            String qualifier = n.substring(0, n.length() - last.length() - 1);
            if (namesThis(t, qualifier) || QUALIFIERS.contains(qualifier)) return Optional.of("is a natural key of " + t.name());
        }
        List<String> words = SchemaFacts.tokens(n);
        if (words.size() >= 2 && Set.of("key", "token").contains(words.get(words.size() - 1)) && LOOKUP_CREDENTIALS.contains(words.get(0))) {
            return Optional.of("is what a link or client looks " + article(entity(t)) + " up by");
        }
        if (n.startsWith("external_") || n.endsWith("_external_id") || n.endsWith("_external_ref")) return Optional.of("is an external identifier");
        List<String> tokens = SchemaFacts.tokens(n);
        if (tokens.isEmpty()) return Optional.empty(); // a name of underscores alone ("_") has no words to judge
        String first = tokens.get(0);
        if (PROVIDERS.contains(first) && (n.endsWith("_id") || n.endsWith("_ref"))) {
            String entity = n.substring(first.length() + 1).replaceAll("_(id|ref)$", "");
            if (!entity.equals("id") && !entity.isEmpty() && namesAnother(schema, t, entity)) return Optional.empty();
            return Optional.of("is the id " + first + " gives this " + entity(t));
        }
        Matcher m = NUMBERED.matcher(n);
        if (!m.matches()) return Optional.empty();
        String stem = m.group(1);
        if (namesThis(t, stem)) return Optional.of("numbers the " + entity(t));
        if (NOT_THE_ROW.contains(SchemaFacts.lastToken(stem)) || namesAnother(schema, t, stem)) return Optional.empty();
        return Optional.of("identifies " + article(entity(t)));
    }

    private static Optional<Column> columnIgnoringCase(Table t, String lower) {
        return t.columns().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    private static String entity(Table t) { return SchemaFacts.singular(t.name()).replace('_', ' '); }

    private static String article(String noun) { return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun; }

    private static boolean logLike(Table t) { return LOGS.contains(SchemaFacts.lastToken(t.name())); }

    /** {@code order_lines}, {@code order_items}: a line of another table, whose codes are copies of what it refers to. */
    private static boolean lineTable(Table t) {
        List<String> words = SchemaFacts.tokens(t.name());
        return words.size() > 1 && (words.get(words.size() - 1).equals("lines") || words.get(words.size() - 1).equals("items"));
    }

    /** True when the stem is this table's entity: {@code order} for {@code orders}, {@code case} for {@code support_cases}. */
    private static boolean namesThis(Table t, String stem) {
        String singular = SchemaFacts.singular(t.name());
        return singular.equals(stem) || singular.endsWith("_" + stem) || stem.endsWith("_" + singular);
    }

    /** True when the stem names another table of the schema, or a foreign key column beside it ({@code customer_id}). */
    private static boolean namesAnother(Schema schema, Table t, String stem) {
        if (t.hasColumn(stem + "_id")) return true;
        return schema.tables().stream().anyMatch(o -> !o.name().equals(t.name()) && SchemaFacts.singular(o.name().toLowerCase(Locale.ROOT)).equals(stem));
    }
}
