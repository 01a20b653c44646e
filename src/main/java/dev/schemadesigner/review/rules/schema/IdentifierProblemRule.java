package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
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
 * Reserved words and length limits are the dialect's own (`dialect/reserved-<dialect>.txt`, the same
 * lists the DDL renderer quotes by): PostgreSQL's reserved words apply to every dialect, since a SQLite
 * development database usually stands in for PostgreSQL in production; MariaDB adds the words its server
 * refuses as names. SQLite's own keywords are not flagged (it takes most of them as names).
 */
public final class IdentifierProblemRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("identifier-problem", Area.SCHEMA, Severity.ERROR,
            "a reserved word, a name over the dialect's length limit (PostgreSQL 63 bytes), or a non-snake_case name");
    /** PostgreSQL's reserved words for every dialect: a SQLite development database usually stands in for PostgreSQL in production. */
    private static final Dialect PORTABLE = Dialects.byName("postgresql");
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
        Dialect own = Dialects.byName(dialect);
        if (PORTABLE.isReserved(name) || own.isReserved(name) && !own.name().equals("sqlite")) problems.add("is a reserved word");
        int length = own.identifierLengthUnit().equals("bytes") ? name.getBytes(StandardCharsets.UTF_8).length : name.length();
        if (length > own.maxIdentifierLength()) {
            problems.add("is " + length + " " + own.identifierLengthUnit() + ", over " + own.displayName() + "'s " + own.maxIdentifierLength());
        }
        if (!SNAKE.matcher(name).matches()) problems.add("is not snake_case");
        if (!problems.isEmpty()) out.add(finding(object, what + " " + String.join(" and ", problems)));
    }
}
