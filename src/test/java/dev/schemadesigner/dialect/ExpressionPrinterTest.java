package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.ExpressionKind;
import dev.schemadesigner.schema.ExpressionReader;
import dev.schemadesigner.schema.SqlExpressions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Expressions are written from the parsed tree with each dialect's quoting and literals (audit C1, H1 / 1.24). */
class ExpressionPrinterTest {

    private static final ExpressionReader.Scope CHECK = new ExpressionReader.Scope(ExpressionKind.CHECK, Optional.of("t"),
            Set.of("a", "b", "limit", "status"), Optional.empty());

    private static String print(SqlDialect dialect, String sql) {
        return dialect.expression(sql, CHECK);
    }

    @Test
    void mariaDbDoublesTheBackslashOfALiteralSoItCannotEndTheString() {
        String h1 = "a <> '\\' AND a <> ')) SELECT extractvalue(1,concat(0x7e,(SELECT group_concat(label) FROM canary.items))) AS id FROM DUAL WHERE (1 #'";

        assertThat(print(new MariaDbDialect(), h1))
                .isEqualTo("a <> '\\\\' AND a <> ')) SELECT extractvalue(1,concat(0x7e,(SELECT group_concat(label) FROM canary.items))) AS id FROM DUAL WHERE (1 #'");
        assertThat(print(new PostgresDialect(), h1)).startsWith("a <> '\\' AND a <> ')) SELECT");
    }

    @Test
    void identifiersGoThroughTheDialectsQuoting() {
        assertThat(print(new PostgresDialect(), "\"limit\" > 0 AND T.A > 1")).isEqualTo("\"limit\" > 0 AND a > 1");
        assertThat(print(new MariaDbDialect(), "\"limit\" > 0")).isEqualTo("`limit` > 0");
    }

    @Test
    void keepsTheMeaningOfInListsThatJSqlParserMisreads() {
        assertThat(print(new PostgresDialect(), "status in ('a','b') or status is null")).isEqualTo("status IN ('a', 'b') OR status IS NULL");
    }

    @Test
    void mariaDbConcatenatesWithConcatBecauseItReadsPipesAsOr() {
        assertThat(print(new MariaDbDialect(), "a || 'x' <> b")).isEqualTo("CONCAT(a, 'x') <> b");
        assertThat(print(new PostgresDialect(), "a || 'x' <> b")).isEqualTo("a || 'x' <> b");
    }

    @Test
    void neverWritesTwoMinusSignsInARow() {
        assertThat(print(new PostgresDialect(), "a > -(-1)")).isEqualTo("a > -(-1)");
        assertThat(print(new PostgresDialect(), "a - -1 > 0")).isEqualTo("a - -1 > 0");
    }

    @Test
    void castsAreWrittenFromTheKnownTypeNotTheText() {
        assertThat(print(new PostgresDialect(), "a::character varying = 'x'")).isEqualTo("CAST(a AS CHARACTER VARYING) = 'x'");
    }

    /** Printing for PostgreSQL and reading that back gives the same canonical expression, and printing is stable. */
    @Property(tries = 300)
    void printingKeepsTheMeaning(@ForAll("expressions") String sql) {
        String printed = print(new PostgresDialect(), sql);

        assertThat(SqlExpressions.canonical(printed)).isEqualTo(SqlExpressions.canonical(sql));
        assertThat(print(new PostgresDialect(), printed)).isEqualTo(printed);
        assertThat(print(new SqliteDialect(), printed)).isEqualTo(printed);
    }

    @Provide
    Arbitrary<String> expressions() { return condition(3); }

    private static Arbitrary<String> condition(int depth) {
        Arbitrary<String> comparison = Arbitraries.oneOf(
                value(depth).flatMap(l -> Arbitraries.of("=", "<>", "<", ">=").flatMap(op -> value(depth).map(r -> l + " " + op + " " + r))),
                value(depth).map(v -> v + " IS NOT NULL"),
                value(depth).flatMap(v -> literal().list().ofMinSize(1).ofMaxSize(3).map(l -> v + " IN (" + String.join(", ", l) + ")")),
                value(depth).map(v -> v + " BETWEEN 1 AND 10"),
                Arbitraries.of("a", "status").flatMap(c -> string().map(s -> c + " LIKE " + s)));
        if (depth == 0) return comparison;
        return Arbitraries.oneOf(comparison,
                condition(depth - 1).flatMap(l -> Arbitraries.of(" AND ", " OR ").flatMap(op -> condition(depth - 1).map(r -> l + op + r))),
                condition(depth - 1).map(c -> "NOT (" + c + ")"),
                condition(depth - 1).map(c -> "(" + c + ")"));
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> atom = Arbitraries.oneOf(Arbitraries.of("a", "b", "\"limit\""), literal());
        if (depth == 0) return atom;
        return Arbitraries.oneOf(atom,
                value(depth - 1).flatMap(l -> Arbitraries.of(" + ", " - ", " * ", " || ").flatMap(op -> value(depth - 1).map(r -> l + op + r))),
                value(depth - 1).map(v -> "coalesce(" + v + ", 0)"),
                value(depth - 1).map(v -> "(" + v + ")"),
                value(depth - 1).map(v -> "CASE WHEN " + v + " > 0 THEN 1 ELSE 2 END"));
    }

    private static Arbitrary<String> literal() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 1000).map(String::valueOf), string());
    }

    private static Arbitrary<String> string() {
        // JSqlParser's lexer reads a backslash before a quote as an escape, so those two are not generated together
        // (such a literal is refused as unreadable, never written): backslashes are tested with comment and separator characters
        Arbitrary<String> backslashes = Arbitraries.strings().withChars("ab\\; -#/*)").ofMaxLength(6);
        Arbitrary<String> quotes = Arbitraries.strings().withChars("ab'; -#/*)").ofMaxLength(6);
        return Arbitraries.oneOf(backslashes, quotes).map(s -> "'" + s.replace("'", "''") + "'");
    }
}
