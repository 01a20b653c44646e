package dev.schemadesigner.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right-hand strings are exactly what the databases print back: PostgreSQL 15
 * {@code pg_get_constraintdef / pg_get_expr / pg_get_indexdef(…, true)}, MariaDB 10.11
 * {@code CHECK_CONSTRAINTS.CHECK_CLAUSE}, SQLite the text as written.
 */
class SqlExpressionsTest {

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // PostgreSQL
            "severity BETWEEN 1 AND 10 | severity >= 1 AND severity <= 10",
            "status IN ('open','closed') | status::text = ANY (ARRAY['open'::character varying, 'closed'::character varying]::text[])",
            "st IN ('open','closed') | st = ANY (ARRAY['open'::text, 'closed'::text])",
            "st NOT IN ('x','y') | st <> ALL (ARRAY['x'::text, 'y'::text])",
            "price >= 0 | price >= 0::numeric",
            "severity >= 7 | severity >= 7",
            "deleted_at IS NULL | deleted_at IS NULL",
            "lower(email) | lower(email)",
            "(a = 1 OR b = 2) AND c IS NOT NULL | (a = 1 OR b = 2) AND c IS NOT NULL",
            "length(name) > 0 AND name != '' | length(name::text) > 0 AND name::text <> ''::text",
            "CAST(a AS text) <> c | a::text <> c",
            "a - (b - 1) > 0 AND st IN ('only') | (a - (b - 1)) > 0 AND st = 'only'::text",
            "a NOT BETWEEN 1 AND 5 | a < 1 OR a > 5",
            "gen_random_uuid() | gen_random_uuid()",
            "views >= -1 | views >= '-1'::integer",
            "title IN ('a', 'b') OR length(title) > 2 | (title::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])) OR length(title::text) > 2",
            "x NOT IN (1, 2) AND y > 0 OR z | x <> ALL (ARRAY[1, 2]) AND y > 0 OR z",
            "a BETWEEN 1 AND 10 OR b > 2 | a >= 1 AND a <= 10 OR b > 2",
            // MariaDB
            "severity BETWEEN 1 AND 10 | `severity` between 1 and 10",
            "name IN ('open','closed') | `name` in ('open','closed')",
            "price >= 0 | `price` >= 0",
            // SQLite keeps the text; users add parentheses
            "price >= 0 | (price >= 0)",
            "\"Severity\" >= 7 | \"Severity\" >= 7",
    })
    void treatsWhatTheDatabasePrintsAsWhatWasWritten(String written, String printed) {
        assertThat(SqlExpressions.canonical(printed)).isEqualTo(SqlExpressions.canonical(written));
    }

    @Test
    void printsOneSpellingWithoutQuotesCastsOrRedundantParentheses() {
        assertThat(SqlExpressions.canonical("((`Price` >= 0::numeric)) AND \"Kind\" != 'A'"))
                .isEqualTo("price >= 0 and Kind <> 'A'");
        assertThat(SqlExpressions.canonical("severity BETWEEN 1 AND 10")).isEqualTo("severity >= 1 and severity <= 10");
    }

    @Test
    void keepsParenthesesThatChangeTheMeaning() {
        assertThat(SqlExpressions.equivalent("(a OR b) AND c", "a OR (b AND c)")).isFalse();
        assertThat(SqlExpressions.equivalent("a - (b - 1)", "a - b - 1")).isFalse();
        assertThat(SqlExpressions.canonical("(a = 1 OR b = 2) AND c IS NOT NULL")).isEqualTo("(a = 1 or b = 2) and c is not null");
    }

    @Test
    void readsInFollowedByAndOrAsTheInListThenTheOperator() {
        assertThat(SqlExpressions.canonical("t IN ('a', 'b') OR u > 2 AND v")).isEqualTo("t in ('a', 'b') or u > 2 and v");
        assertThat(SqlExpressions.canonical("t NOT IN ('a', 'b') AND u OR v")).isEqualTo("t not in ('a', 'b') and u or v");
    }

    @Test
    void keepsTheCaseOfStringLiterals() {
        assertThat(SqlExpressions.equivalent("kind = 'Open'", "kind = 'open'")).isFalse();
    }

    @Test
    void fallsBackToLenientTextWhenTheParserGivesUp() {
        assertThat(SqlExpressions.canonical("this is ( not SQL")).isEqualTo("this is not sql");
    }
}
