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
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ## What it flags
 * Types that bite later: `timestamp` without time zone on PostgreSQL, `json` instead of `jsonb`
 * on PostgreSQL, binary floating point for
 * money (`price`, `amount`, `cost`, `total`, `balance`, `fee`), a `serial` default
 * (`nextval(…)`) instead of an identity column, and unbounded text for a fixed-size hash.
 *
 * ## Why it matters
 * A timestamp without zone is read differently by every client's session time zone; `json` is
 * text parsed again on every read and no GIN index serves it; `0.1 + 0.2`
 * is not `0.3` in a double; serial sequences are not owned cleanly by the column and break on
 * copy; a hash column without a length accepts anything.
 *
 * ## Example
 * `created_at timestamp`, `price double precision`, `comment_hash text`.
 *
 * ## Fix
 * `timestamptz`; `jsonb`; `numeric(12,2)`; `GENERATED ALWAYS AS IDENTITY`; `varchar(64)` for a SHA-256
 * hex digest (`varchar(32)` when the name or comment says MD5). Changing a populated column's
 * type rewrites the table; the migration rules say how.
 *
 * ## Limits
 * `json` versus `jsonb` is not held by the schema model (both import as JSON, and the PostgreSQL
 * dialect writes jsonb): it is reported when the reviewed SQL source declares `json` on PostgreSQL,
 * not for models or a live database yet. Importers that read `serial` as identity leave nothing to report.
 */
public final class TypeChoiceRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("type-choice", Area.SCHEMA, Severity.INFO,
            "a type that bites later: timestamp without time zone, float for money, json instead of jsonb, serial instead of identity, unbounded varchar for a hash");
    private static final Set<String> MONEY = Set.of("price", "amount", "cost", "total", "balance", "fee", "salary", "revenue", "money");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                String object = t.name() + "." + c.name();
                if (c.type().equals(LogicalType.TIMESTAMP) && context.dialect().equals("postgresql")) {
                    out.add(finding(object, c.name() + " is timestamp without time zone; use timestamptz", change(t, c, LogicalType.TIMESTAMPTZ)));
                } else if (c.type() instanceof LogicalType.Json && context.dialect().equals("postgresql") && context.input().jsonAsText().contains(object)) {
                    out.add(finding(object, c.name() + " is json, which PostgreSQL stores as text and parses again on every read, and which no GIN index"
                            + " or containment operator (@>) can serve; use jsonb: ALTER TABLE " + t.name() + " ALTER COLUMN " + c.name()
                            + " TYPE jsonb USING " + c.name() + "::jsonb (rewrites the table)"));
                } else if (c.type() instanceof LogicalType.Double && SchemaFacts.hasToken(c.name(), MONEY)) {
                    out.add(finding(object, c.name() + " holds money in a binary float; use numeric(12,2)", change(t, c, LogicalType.decimal(12, 2))));
                } else if (c.defaultValue().orElse(null) instanceof DefaultValue.Expression e && e.sql().toLowerCase(Locale.ROOT).contains("nextval(")) {
                    out.add(finding(object, c.name() + " takes its values from a serial sequence; use GENERATED ALWAYS AS IDENTITY"));
                } else if (isHash(c) && unbounded(c.type())) {
                    int length = md5(c) ? 32 : 64;
                    out.add(finding(object, c.name() + " holds a fixed-size hash in " + c.type().describe() + "; use string(" + length + ")",
                            change(t, c, LogicalType.varchar(length))));
                }
            }
        }
        return out;
    }

    private static Fix change(Table t, Column c, LogicalType type) {
        return Fix.of("change " + t.name() + "." + c.name() + " to " + type.describe(),
                new AlterColumn(t.name(), c.name(), type, c.nullable(), c.defaultValue()));
    }

    private static boolean isHash(Column c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return (n.equals("hash") || n.endsWith("_hash") || n.endsWith("_sha256") || n.endsWith("_md5")) && !n.contains("password");
    }

    private static boolean md5(Column c) {
        return c.name().toLowerCase(Locale.ROOT).contains("md5") || c.comment().map(x -> x.toLowerCase(Locale.ROOT).contains("md5")).orElse(false);
    }

    private static boolean unbounded(LogicalType type) {
        return type instanceof LogicalType.Text || type instanceof LogicalType.Varchar v && v.length() > 128;
    }
}
