package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * A table, column, index or constraint name that is a reserved word, longer than the dialect
 * keeps (PostgreSQL 63 bytes, MariaDB 64 characters), or not snake_case.
 *
 * ## Why it matters
 * A reserved word (`user`, `order`, `group`) must be quoted in every query forever. PostgreSQL
 * silently cuts long names, so two indexes can collide and migrations cannot find them.
 * `CamelCase` names must be quoted too, and ORMs and people spell them differently.
 *
 * ## Example
 * `CREATE TABLE "user" (…)`, `"firstName" text`, or a 70-character index name.
 *
 * ## Fix
 * Rename before the table exists (`users`, `first_name`); once it has data, renaming is a
 * migration of its own (see `rename-table`), so no change is proposed.
 *
 * ## Limits
 * Reserved words are PostgreSQL's fully reserved list (plus MariaDB's common ones for
 * MariaDB), applied to every dialect. SQLite has no length limit.
 */
public final class IdentifierProblemRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("identifier-problem", Area.SCHEMA, Severity.ERROR,
            "a reserved word, a name over the dialect's length limit (PostgreSQL 63 bytes), or a non-snake_case name");
    private static final Set<String> RESERVED = Set.of(("all analyse analyze and any array as asc asymmetric authorization binary both case cast check "
            + "collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema "
            + "current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign "
            + "freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit "
            + "localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references "
            + "returning right select session_user similar some symmetric system_user table tablesample then to trailing true union "
            + "unique user using variadic verbose when where window with").split(" "));
    private static final Set<String> MARIADB_RESERVED = Set.of("key", "keys", "index", "interval", "range", "read", "write", "rank", "usage");
    private static final Pattern SNAKE = Pattern.compile("[a-z_][a-z0-9_]*");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            check(t.name(), "table " + t.name(), context.dialect(), out);
            for (Column c : t.columns()) check(t.name() + "." + c.name(), "column " + c.name(), context.dialect(), out);
            for (String constraint : t.constraintNames()) check(constraint, "index or constraint " + constraint, context.dialect(), out);
        }
        return out;
    }

    private void check(String object, String what, String dialect, List<Finding> out) {
        String name = object.substring(object.lastIndexOf('.') + 1);
        List<String> problems = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || dialect.equals("mariadb") && MARIADB_RESERVED.contains(lower)) problems.add("is a reserved word");
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (dialect.equals("postgresql") && bytes > 63) problems.add("is " + bytes + " bytes, over PostgreSQL's 63");
        if (dialect.equals("mariadb") && name.length() > 64) problems.add("is " + name.length() + " characters, over MariaDB's 64");
        if (!SNAKE.matcher(name).matches()) problems.add("is not snake_case");
        if (!problems.isEmpty()) out.add(finding(object, what + " " + String.join(" and ", problems)));
    }
}
