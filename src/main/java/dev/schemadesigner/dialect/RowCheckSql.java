package dev.schemadesigner.dialect;

import dev.schemadesigner.change.RowCheck;
import dev.schemadesigner.schema.ExpressionKind;
import dev.schemadesigner.schema.ExpressionReader;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The query behind a {@link RowCheck}: one row with {@code offending}, how many values break the
 * check, and {@code sample}, one of them as text (empty when none). The dialect supplies its spelling
 * of casts, lengths and concatenation, and how a statement fails with a message.
 */
final class RowCheckSql {
    private RowCheckSql() {}

    /** Characters of a sample value kept in the message. */
    static final int SAMPLE_CHARACTERS = 40;

    static String query(SqlDialect d, RowCheck check, Schema before) {
        Table table = before.requireTable(check.table());
        if (check instanceof RowCheck.NoDuplicates n) return duplicates(d, table, n);
        RowCheck.ValuesFit fit = (RowCheck.ValuesFit) check;
        String c = d.quote(fit.column());
        return "SELECT COUNT(*) AS offending, COALESCE(MIN(" + sample(d, c) + "), '') AS sample FROM " + d.quote(table.name())
                + " WHERE " + c + " IS NOT NULL AND (" + offending(d, c, fit.limit()) + ")";
    }

    private static String duplicates(SqlDialect d, Table table, RowCheck.NoDuplicates n) {
        List<String> cols = n.columns().stream().map(d::quote).toList();
        String value = cols.stream().map(d::textOf).reduce((a, b) -> d.concatenation(d.concatenation(a, "', '"), b)).orElseThrow();
        String where = cols.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        if (n.where().isPresent() && d.supportsPartialIndex()) {
            where += " AND (" + d.expression(n.where().get(), ExpressionReader.Scope.of(ExpressionKind.INDEX_WHERE, table)) + ")";
        }
        return "SELECT COUNT(*) AS offending, COALESCE(MIN(SUBSTR(duplicated.duplicate_value, 1, " + SAMPLE_CHARACTERS + ")), '') AS sample FROM (SELECT "
                + value + " AS duplicate_value FROM " + d.quote(table.name()) + " WHERE " + where + " GROUP BY " + String.join(", ", cols)
                + " HAVING COUNT(*) > 1) duplicated";
    }

    private static String sample(SqlDialect d, String column) { return "SUBSTR(" + d.textOf(column) + ", 1, " + SAMPLE_CHARACTERS + ")"; }

    private static String offending(SqlDialect d, String c, RowCheck.Limit limit) {
        if (limit instanceof RowCheck.Limit.MaxLength m) return d.charLength(d.textOf(c)) + " > " + m.characters();
        if (limit instanceof RowCheck.Limit.IntegerRange r) {
            return c + " < " + r.min() + " OR " + c + " > " + r.max() + (r.fractions() ? " OR " + c + " <> ROUND(" + d.roundable(c) + ")" : "");
        }
        if (limit instanceof RowCheck.Limit.Digits g) {
            return "ABS(" + c + ") >= " + BigDecimal.TEN.pow(g.precision() - g.scale()).toPlainString()
                    + " OR " + c + " <> ROUND(" + d.roundable(c) + ", " + g.scale() + ")";
        }
        List<String> values = ((RowCheck.Limit.OneOf) limit).values();
        return d.textOf(c) + " NOT IN (" + values.stream().map(d::stringLiteral).collect(Collectors.joining(", ")) + ")";
    }
}
