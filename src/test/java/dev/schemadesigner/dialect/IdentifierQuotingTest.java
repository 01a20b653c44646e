package dev.schemadesigner.dialect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierQuotingTest {

    static List<Dialect> dialects() { return Dialects.all(); }

    @ParameterizedTest
    @MethodSource("dialects")
    void leavesPlainLowerCaseNamesUnquoted(Dialect dialect) {
        assertThat(dialect.quote("feedback_analysis")).isEqualTo("feedback_analysis");
        assertThat(dialect.quote("_private2")).isEqualTo("_private2");
    }

    @ParameterizedTest
    @CsvSource({
            "postgresql, order, \"order\"",
            "postgresql, user, \"user\"",
            "postgresql, group, \"group\"",
            "postgresql, select, \"select\"",
            "postgresql, table, \"table\"",
            "postgresql, check, \"check\"",
            "postgresql, default, \"default\"",
            "postgresql, key, key",
            "sqlite, order, \"order\"",
            "sqlite, group, \"group\"",
            "sqlite, key, \"key\"",
            "sqlite, user, user",
            "mariadb, order, `order`",
            "mariadb, key, `key`",
            "mariadb, select, `select`",
            "mariadb, default, `default`",
            "mariadb, user, user",
    })
    void quotesTheReservedWordsOfEachDatabase(String dialectName, String identifier, String expected) {
        assertThat(Dialects.byName(dialectName).quote(identifier)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql | Order      | \"Order\"",
            "postgresql | has space  | \"has space\"",
            "postgresql | say\"hi    | \"say\"\"hi\"",
            "postgresql | 1st        | \"1st\"",
            "sqlite     | Label      | \"Label\"",
            "sqlite     | price$     | \"price$\"",
            "mariadb    | Label      | `Label`",
            "mariadb    | back`tick  | `back``tick`",
            "mariadb    | price$     | price$",
    })
    void quotesUpperCaseAndUnusualCharactersAndEscapesTheQuote(String dialectName, String identifier, String expected) {
        assertThat(Dialects.byName(dialectName).quote(identifier)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void refusesAnEmptyName(Dialect dialect) {
        assertThatThrownBy(() -> dialect.quote("")).isInstanceOf(IdentifierException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesA70ByteNameOnPostgresNamingLengthAndLimit() {
        String name = "a".repeat(70);

        assertThatThrownBy(() -> new PostgresDialect().quote(name))
                .isInstanceOf(IdentifierException.class)
                .hasMessage("identifier '" + "a".repeat(20) + "…' is 70 bytes; PostgreSQL allows at most 63 bytes");
    }

    @Test
    void countsUtf8BytesOnPostgres() {
        assertThat(new PostgresDialect().quote("é".repeat(31))).isEqualTo("\"" + "é".repeat(31) + "\"");
        assertThatThrownBy(() -> new PostgresDialect().quote("é".repeat(32))).hasMessageContaining("is 64 bytes");
    }

    @Test
    void acceptsA64CharacterNameOnMariaDbAndRefuses65() {
        assertThat(new MariaDbDialect().quote("b".repeat(64))).isEqualTo("b".repeat(64));
        assertThatThrownBy(() -> new MariaDbDialect().quote("b".repeat(65)))
                .isInstanceOf(IdentifierException.class)
                .hasMessageContaining("is 65 characters; MariaDB allows at most 64 characters");
    }

    @Test
    void allowsLongNamesOnSqliteUpToAGenerousLimit() {
        assertThat(new SqliteDialect().quote("c".repeat(1024))).hasSize(1024);
        assertThatThrownBy(() -> new SqliteDialect().quote("c".repeat(1025))).hasMessageContaining("SQLite allows at most 1024");
    }

    @ParameterizedTest
    @CsvSource({"postgresql, 90", "sqlite, 140", "mariadb, 230"})
    void loadsAFullReservedWordList(String dialectName, int atLeast) {
        assertThat(ReservedWords.load(dialectName).size()).isGreaterThanOrEqualTo(atLeast);
    }
}
