package dev.schemadesigner.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit C1 (rows 2.1–2.10, 2.13, 2.23): what ExpressionReader refuses, by name, and what it lets through. */
class ExpressionReaderTest {

    private static final ExpressionReader.Scope CHECK = new ExpressionReader.Scope(ExpressionKind.CHECK, Optional.of("items"),
            Set.of("id", "severity", "status", "a", "customer_id", "limit"), Optional.empty());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 2.1 check breakout
            "severity > 0); DROP SCHEMA victim CASCADE; CREATE TABLE public.sd_marker_check (x int CHECK (x > 0) | only one expression; found ';'",
            // 2.2 default breakout
            "0; CREATE TABLE public.sd_m_default (x int); SELECT 1 | only one expression; found ';'",
            // 2.5 index key breakout
            "lower(customer_id))); CREATE TABLE public.sd_m_idxexpr (x int); SELECT ((1 | only one expression; found ';'",
            // 2.7 exfiltration without a separator
            "CAST((SELECT string_agg(id, ',') FROM canary.items) AS int) > 0 | subqueries are not allowed in a CHECK expression: (SELECT",
            "severity > (SELECT 1) | subqueries are not allowed in a CHECK expression: (SELECT 1)",
            "EXISTS (SELECT 1) | subqueries are not allowed",
            "id IN (SELECT id FROM canary.items) | subqueries are not allowed",
            "pg_read_file('/etc/passwd') = 'x' | function pg_read_file is not allowed",
            "pg_catalog.lower(status) = 'x' | schema-qualified",
            "canary.items.id > 0 | references another table or schema: canary.items",
            "other.id > 0 | references another table or schema: other",
            "severity > 0 /* hidden */ | comments are not allowed ('/*')",
            "severity > 0 -- hidden | comments are not allowed ('--')",
            // 2.10 MariaDB one-statement breakout
            "id > 0)) SELECT extractvalue(1, concat(0x7e, user())) AS id WHERE ((1 | not one SQL expression",
            "severity > 0 # x | comments are not allowed ('#'",
            "E'\\x27' = status | prefixed string literals",
            "$$x$$ = status | '$' outside a quoted name",
            "@@version = status | is not allowed in a CHECK expression: @@version",
            "status = ? | parameters ('?') are not allowed",
            "CAST(status AS regclass) = 'x' | casts to regclass are not allowed",
            "unknown_column > 0 | the column unknown_column is not a column of items",
            "status = 'open | unterminated string literal",
    })
    void refusesNamingTheConstruct(String sql, String reason) {
        assertThatThrownBy(() -> ExpressionReader.read(sql, CHECK))
                .isInstanceOf(ExpressionRefusedException.class)
                .hasMessageContaining(reason.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "severity BETWEEN 1 AND 10", "status IN ('open', 'closed') OR status IS NULL", "lower(status) LIKE 'a%'",
            "a <> '\\' AND a <> ')) SELECT 1 #'", "CASE WHEN severity > 5 THEN 'high' ELSE 'low' END = status",
            "CAST(severity AS numeric(10,2)) >= 0", "status || 'x' <> ''", "NOT (severity < 0)", "\"limit\" > 0", "items.id > 0",
            "(status)::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])", "-severity < 1",
            "coalesce(severity, 0) >= 0", "status NOT ILIKE '%x%'",
    })
    void allowsPlainExpressionsOfTheTable(String sql) {
        assertThat(ExpressionReader.read(sql, CHECK)).isNotNull();
    }

    @Test
    void aDefaultReadsNoColumnsAndOnlyAllowedFunctions() {
        ExpressionReader.Scope defaults = ExpressionReader.Scope.of(ExpressionKind.DEFAULT);
        assertThat(ExpressionReader.read("gen_random_uuid()", defaults)).isNotNull();
        assertThat(ExpressionReader.read("CURRENT_DATE + 30", defaults)).isNotNull();
        assertThatThrownBy(() -> ExpressionReader.read("current_setting('is_superuser')", defaults))
                .hasMessage("function current_setting is not allowed in a default expression");
        assertThatThrownBy(() -> ExpressionReader.read("severity", defaults)).hasMessageContaining("column references are not allowed");
    }

    @Test
    void functionsAreCheckedPerDatabaseWhenTheDatabaseIsKnown() {
        ExpressionReader.Scope onMariaDb = ExpressionReader.Scope.of(ExpressionKind.DEFAULT).forDialect("mariadb");
        assertThat(ExpressionReader.read("uuid()", onMariaDb)).isNotNull();
        assertThatThrownBy(() -> ExpressionReader.read("clock_timestamp()", onMariaDb)).hasMessageContaining("clock_timestamp is not allowed on mariadb");
        // PostgreSQL's gen_random_uuid is MariaDB's uuid: allowed, and written under that name (AllowedFunctions.spelling)
        assertThat(ExpressionReader.read("gen_random_uuid()", onMariaDb)).isNotNull();
    }

    @Test
    void theRefusalSaysWhereItWasFound() {
        Table t = Table.of("items", List.of(Column.required("id", LogicalType.INTEGER)), new PrimaryKey(List.of("id")))
                .withCheck(new Check("ck_items", "id > (SELECT 1)"));
        assertThatThrownBy(() -> ModelExpressions.require(t))
                .hasMessage("table items, check ck_items: subqueries are not allowed in a CHECK expression: (SELECT 1)");
    }

    @Test
    void anIndexMethodIsOneOfTheKnownOnes() {
        Index ix = Index.on("ix", "id");
        assertThat(ix.withMethod("GIN").method()).contains("gin");
        assertThatThrownBy(() -> ix.withMethod("btree (id); CREATE TABLE public.sd_m_method (x int)"))
                .hasMessageStartingWith("index method 'btree (id); CREATE TABLE public.sd_m_me…' is not one of btree, hash, gin, gist, brin, spgist");
    }
}
