package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-migration policy against the audit's bypasses (2.18–2.22) and the statements it must keep allowing. */
class DataMigrationPolicyTest {

    private static final Schema SHOP = Shop.schema();

    private static Optional<String> refusal(String sql, String dialect) {
        return DataMigrationPolicy.violation(DataMigration.portable("m", sql, null), SHOP, dialect);
    }

    // 2.18: plain DML, but on a table of another schema/database
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite"})
    void refusesSchemaQualifiedTable_2_18(String dialect) {
        assertThat(refusal("DELETE FROM victim.t WHERE id = 1", dialect))
                .hasValueSatisfying(r -> assertThat(r).contains("victim.t").contains("qualified"));
    }

    @Test
    void refusesQualifiedNameOfAnOwnTableAndQuotedQualifiedName() {
        assertThat(refusal("UPDATE public.orders SET total = 0", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("public.orders"));
        assertThat(refusal("DELETE FROM \"victim\".\"t\"", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("qualified"));
        assertThat(refusal("DELETE FROM `victim`.`t`", "mariadb")).hasValueSatisfying(r -> assertThat(r).contains("qualified"));
    }

    @Test
    void refusesTableOutsideTheSchemaEvenUnqualified() {
        assertThat(refusal("SELECT * FROM pg_authid", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("pg_authid").contains("not a table"));
        assertThat(refusal("INSERT INTO orders (note) SELECT usename FROM pg_user", "postgresql"))
                .hasValueSatisfying(r -> assertThat(r).contains("pg_user"));
        assertThat(refusal("UPDATE orders SET note = (SELECT max(x) FROM victim.t)", "postgresql"))
                .hasValueSatisfying(r -> assertThat(r).contains("victim.t"));
    }

    // 2.19: PostgreSQL nests comments, so the DROP is code there
    @Test
    void refusesNestedCommentHidingDrop_2_19() {
        assertThat(refusal("/* /* */ SELECT 1 */ DROP SCHEMA victim CASCADE", "postgresql"))
                .hasValueSatisfying(r -> assertThat(r).contains("comments are not allowed").contains("/* /* */"));
    }

    // 2.20: a '--' inside a string inside a comment
    @Test
    void refusesCommentHidingCopyToProgram_2_20() {
        assertThat(refusal("/* /* */ SELECT '--' */ COPY (SELECT 1) TO PROGRAM 'id > f'", "postgresql"))
                .hasValueSatisfying(r -> assertThat(r).contains("comments are not allowed"));
    }

    @Test
    void refusesCopyEvenWithoutComment() {
        assertThat(refusal("COPY (SELECT 1) TO PROGRAM 'id > f'", "postgresql")).isPresent();
    }

    // 2.21: '--' inside a string literal is not a comment; the function after it runs
    @Test
    void refusesFunctionAfterDashesInString_2_21() {
        assertThat(refusal("SELECT '--' || CAST(pg_read_file('f') AS int)", "postgresql"))
                .hasValueSatisfying(r -> assertThat(r).contains("function pg_read_file"));
    }

    @Test
    void refusesFunctionsNotOnTheListWhereverTheyAppear() {
        assertThat(refusal("SELECT * FROM pg_read_file('f')", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("pg_read_file"));
        assertThat(refusal("UPDATE orders SET note = pg_catalog.lower(note)", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("function"));
        assertThat(refusal("UPDATE orders SET note = load_file('/etc/passwd')", "mariadb")).hasValueSatisfying(r -> assertThat(r).contains("load_file"));
        assertThat(refusal("SELECT set_config('search_path', 'victim', false)", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("set_config"));
        assertThat(refusal("WITH x AS (SELECT pg_sleep(10)) SELECT * FROM x", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("pg_sleep"));
    }

    // clauses JSqlParser's tree walk skips: the lexer's view of every call catches them
    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO orders (note) VALUES ('x') RETURNING pg_read_file('f')",
            "UPDATE orders SET note = 'x' RETURNING pg_read_file('f')", "DELETE FROM orders RETURNING pg_read_file('f')",
            "INSERT INTO orders (id, note) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET note = pg_read_file('f')",
            "SELECT note FROM orders ORDER BY pg_read_file('f')"})
    void refusesFunctionsInClausesTheParserTreeSkips(String sql) {
        assertThat(refusal(sql, "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("function pg_read_file"));
    }

    @Test
    void refusesQuotedFunctionNamesAndDataChangingWithItems() {
        assertThat(refusal("SELECT \"pg_read_file\"('f')", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("\"pg_read_file\""));
        assertThat(refusal("WITH d AS (DELETE FROM victim.t RETURNING *) SELECT * FROM d", "postgresql")).isPresent();
    }

    @Test
    void allowsCastsToSizedTypesAndClauseParentheses() {
        assertThat(refusal("UPDATE orders SET note = CAST(total AS varchar(20)) WHERE id IN (SELECT id FROM orders WHERE total > 0)",
                "postgresql")).isEmpty();
        assertThat(refusal("INSERT INTO customers (email, name) VALUES ('a@b.c', 'a')", "mariadb")).isEmpty();
    }

    // 2.22: MariaDB runs the body of /*! … */
    @Test
    void refusesMariaDbExecutableComment_2_22() {
        assertThat(refusal("SELECT 1; /*! DROP DATABASE victim */", "mariadb"))
                .hasValueSatisfying(r -> assertThat(r).contains("comments are not allowed").contains("/*!"));
    }

    @Test
    void refusesEveryCommentForm() {
        assertThat(refusal("SELECT 1 # DROP", "mariadb")).hasValueSatisfying(r -> assertThat(r).contains("comments"));
        assertThat(refusal("SELECT 1 -- x", "sqlite")).hasValueSatisfying(r -> assertThat(r).contains("comments"));
        assertThat(refusal("SELECT 1 /*M!100000 DROP DATABASE victim */", "mariadb")).hasValueSatisfying(r -> assertThat(r).contains("comments"));
    }

    @Test
    void backslashEndsNoMariaDbStringSoTheSemicolonAfterItIsInside() {
        // MariaDB reads 'a\'; DROP …' as one string; the whole thing is one SELECT of a literal
        assertThat(refusal("SELECT 'a\\'; DROP DATABASE victim; '", "mariadb")).isEmpty();
        // PostgreSQL (standard strings) ends the literal at the quote: the DROP is a second statement
        assertThat(refusal("SELECT 'a\\'; DROP SCHEMA victim; SELECT 'x'", "postgresql"))
                .hasValueSatisfying(r -> assertThat(r).contains("DROP"));
    }

    @Test
    void dollarQuotesAndEscapeStringsAreStringsInPostgres() {
        assertThat(refusal("UPDATE orders SET note = $x$ -- ; DROP SCHEMA victim $x$", "postgresql")).isEmpty();
        assertThat(SqlScript.read("SELECT E'\\'; DROP SCHEMA victim; --'", "postgresql").statements()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SET search_path TO victim", "DROP TABLE orders", "TRUNCATE orders", "CREATE TABLE x (id int)",
            "GRANT ALL ON orders TO PUBLIC", "CALL p()", "DO $$ BEGIN END $$"})
    void refusesEverythingButRowStatements(String sql) {
        assertThat(refusal(sql, "postgresql")).isPresent();
    }

    @Test
    void refusesSelectInto() {
        assertThat(refusal("SELECT * INTO copy_of_orders FROM orders", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("INTO"));
        assertThat(refusal("SELECT note FROM orders INTO OUTFILE '/tmp/x'", "mariadb")).isPresent();
    }

    @Test
    void refusesUnterminatedStringOrComment() {
        assertThat(refusal("SELECT 'abc", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("never ends"));
        assertThat(refusal("SELECT $a$ x", "postgresql")).hasValueSatisfying(r -> assertThat(r).contains("never ends"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite"})
    void allowsRowChangesOnTheSchemasTables(String dialect) {
        assertThat(refusal("UPDATE customers SET email = lower(email) WHERE name IS NOT NULL", dialect)).isEmpty();
        assertThat(refusal("INSERT INTO orders (customer_id, status, total) SELECT c.id, 'open', 0 FROM customers c WHERE c.email LIKE '%@x'",
                dialect)).isEmpty();
        assertThat(refusal("DELETE FROM orders WHERE total < 0; UPDATE orders SET note = coalesce(note, '')", dialect)).isEmpty();
        assertThat(refusal("SELECT 1", dialect)).isEmpty();
    }

    @Test
    void allowsWithOfTheSchemasTables() {
        assertThat(refusal("WITH big AS (SELECT id FROM orders WHERE total > 100) UPDATE orders SET note = 'big' WHERE id IN (SELECT id FROM big)",
                "postgresql")).isEmpty();
    }

    @Test
    void readsAMegabyteOfParenthesesInLinearTime() {
        String sql = "SELECT x" + "(".repeat(1_000_000);

        long start = System.nanoTime();
        SqlScript script = SqlScript.read(sql, "postgresql");

        assertThat(script.statements().get(0).namesBeforeParenthesis()).containsExactly("x");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void splitsWhereTheDatabaseSplits() {
        assertThat(SqlScript.read("UPDATE orders SET note = 'a;b'; DELETE FROM orders", "postgresql").statementTexts())
                .containsExactly("UPDATE orders SET note = 'a;b'", "DELETE FROM orders");
        assertThat(SqlScript.read("SELECT \"a;\"\"b\"; SELECT `c;d`", "mariadb").statementTexts())
                .containsExactly("SELECT \"a;\"\"b\"", "SELECT `c;d`");
    }
}
