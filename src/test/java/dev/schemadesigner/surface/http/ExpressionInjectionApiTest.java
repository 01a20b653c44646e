package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit C1 (2.1–2.7, 2.9, 2.10, 2.13) and H1 (1.24, 2.12) against real PostgreSQL and MariaDB: every
 * expression field, through every entry point, is refused with a 422 naming the construct; canary
 * rows next to the throw-aways are unchanged and no object appears outside them.
 */
class ExpressionInjectionApiTest {

    /** The verification servers the app is started with; a least-privilege pair is one more line here. */
    record Target(String name, String postgresUrl, String mariadbUrl) {
        @Override public String toString() { return name; }
    }

    static Stream<Target> targets() {
        return Stream.of(new Target("superuser (SD_VERIFY_ALLOW_SUPERUSER=true)", TestDatabases.postgresUrl(), TestDatabases.mariadbUrl()),
                new Target("least-privilege", TestDatabases.postgresVerifyUrl(), TestDatabases.mariadbVerifyUrl()));
    }

    private static final String CANARY = "sd_canary_expr";
    private static final String MARKERS = "table_name LIKE 'sd\\_m\\_%' OR table_name LIKE 'sd\\_marker%' OR table_name = 'pwned'";

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    private App start(Target target) throws Exception {
        prepareCanaries(target);
        app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", target.postgresUrl(), "SD_VERIFY_MARIADB_URL", target.mariadbUrl(),
                "SD_VERIFY_ALLOW_SUPERUSER", "true"));
        return app;
    }

    /** One hostile operation, where it goes, and what the refusal must name. */
    record Attack(String row, Map<String, Object> op, String construct) {}

    private static List<Attack> attacks(String table, String column) {
        List<Attack> out = new ArrayList<>();
        String separator = "only one expression; found ';'";
        out.add(new Attack("2.1 add_check", Map.of("op", "add_check", "table", table, "not_valid", false, "check",
                Map.of("name", "ck_c1", "expression", "1 > 0); DROP SCHEMA " + CANARY + " CASCADE; CREATE TABLE public.sd_marker_check (x int CHECK (x > 0)")), separator));
        out.add(new Attack("2.13 create_table check", Map.of("op", "create_table", "table", table("sd_ct", "id > 0)); CREATE TABLE public.sd_m_create (x int CHECK (x > 0", List.of())),
                separator));
        out.add(new Attack("2.10 create_table check, MariaDB one-statement breakout", Map.of("op", "create_table", "table",
                table("sd_ct", "id > 0)) SELECT extractvalue(1, concat(0x7e,(SELECT group_concat(id,0x3a,label) FROM " + CANARY + ".items),0x7e,user())) AS id WHERE ((1", List.of())),
                "not one SQL expression"));
        out.add(new Attack("2.2 add_column default", Map.of("op", "add_column", "table", table, "column",
                column("c", Map.of("kind", "expression", "sql", "0; CREATE TABLE public.sd_m_default (x int); SELECT 1"))), separator));
        out.add(new Attack("2.7 default reads a server file", Map.of("op", "add_column", "table", table, "column",
                column("c", Map.of("kind", "expression", "sql", "0 + length(pg_read_file('/etc/hostname'))"))), "function pg_read_file is not allowed"));
        out.add(new Attack("2.7 default reads the canary", Map.of("op", "add_column", "table", table, "column",
                column("c", Map.of("kind", "expression", "sql", "CAST((SELECT count(*) FROM " + CANARY + ".items) AS int)"))), "subqueries are not allowed"));
        out.add(new Attack("2.9 default creates a function and sets the role", Map.of("op", "add_column", "table", table, "column",
                column("c", Map.of("kind", "expression", "sql", "0; CREATE FUNCTION public.sd_m_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'; SET ROLE postgres; SELECT 1"))),
                separator));
        Map<String, Object> alter = new LinkedHashMap<>(Map.of("op", "alter_column", "table", table, "column", column, "type", "text", "nullable", true));
        alter.put("default_value", Map.of("kind", "expression", "sql", "'x'; CREATE TABLE public.sd_m_alterdef (x int); SELECT 1"));
        out.add(new Attack("2.3 alter_column default", alter, separator));
        out.add(new Attack("2.4 create_index where", Map.of("op", "create_index", "table", table, "concurrently", false, "index",
                index(Map.of("column", column), "id > 0; CREATE TABLE public.sd_m_where (x int)", null)), separator));
        out.add(new Attack("2.5 create_index key expression", Map.of("op", "create_index", "table", table, "concurrently", false, "index",
                index(Map.of("sql", "lower(" + column + "))); CREATE TABLE public.sd_m_idxexpr (x int); SELECT ((1"), null, null)), separator));
        out.add(new Attack("2.6 create_index method", Map.of("op", "create_index", "table", table, "concurrently", false, "index",
                index(Map.of("column", column), null, "btree (id); CREATE TABLE public.sd_m_method (x int); CREATE INDEX sd_m_ix ON public.sd_m_method USING hash")),
                "is not one of btree, hash, gin, gist, brin, spgist"));
        return out;
    }

    private static Map<String, Object> table(String name, String check, List<Object> indexes) {
        return Map.of("name", name, "columns", List.of(Map.of("name", "id", "type", "integer", "nullable", false, "identity", false)),
                "primary_key", Map.of("columns", List.of("id")), "foreign_keys", List.of(), "uniques", List.of(), "indexes", indexes,
                "checks", List.of(Map.of("name", "ck_" + name, "expression", check)), "relationships", List.of());
    }

    private static Map<String, Object> column(String name, Map<String, Object> defaultValue) {
        return Map.of("name", name, "type", "integer", "nullable", true, "identity", false, "default_value", defaultValue);
    }

    private static Map<String, Object> index(Map<String, Object> key, String where, String method) {
        Map<String, Object> index = new LinkedHashMap<>(Map.of("name", "ix_sd_m", "keys", List.of(key), "unique", false, "include", List.of()));
        if (where != null) index.put("where", where);
        if (method != null) index.put("method", method);
        return index;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyExpressionFieldOfAChatFixIsRefusedAndNothingRunsOutsideTheThrowaways(Target target) throws Exception {
        start(target);
        JsonNode first = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("message", "Design database schema for pain point tracking"))).json();
        String session = first.path("session_id").asText();
        JsonNode table = first.at("/schema/tables/0");
        String column = table.at("/columns/1/name").asText();

        SoftAssertions soft = new SoftAssertions();
        for (Attack attack : attacks(table.path("name").asText(), column)) {
            var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("session_id", session, "message", "apply",
                    "fix", Map.of("changes", List.of(attack.op())))));
            int expected = attack.row().startsWith("2.6") ? 400 : 422;
            soft.assertThat(r.status()).as(attack.row() + ": " + r.body()).isEqualTo(expected);
            soft.assertThat(r.contentType()).as(attack.row()).startsWith("application/problem+json");
            soft.assertThat(r.json().path("detail").asText()).as(attack.row()).contains(attack.construct());
            soft.assertThat(r.json().at("/errors/0/field").asText()).as(attack.row()).startsWith("fix");
        }
        soft.assertAll();
        assertCanariesUntouched(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aJsonProjectWithABreakoutCheckIsRefusedByDesignAndProjects(Target target) throws Exception {
        start(target);
        String hostile = Json.write(Map.of("tables", List.of(table("items", "id > 0)); CREATE TABLE public.sd_m_projjson (x int CHECK (x > 0", List.of())),
                "enums", List.of()));
        String valid = Json.write(Map.of("tables", List.of(table("items", "id > 0", List.of())), "enums", List.of()));

        // 2.13: the setup step of a stateless /design call
        var design = HttpClientSupport.post(app, "/api/v1/design", Json.write(Map.of("request", "add a notes column to items",
                "project", Map.of("name", "p", "schema", Map.of("format", "json", "content", hostile)))));
        var created = HttpClientSupport.post(app, "/api/v1/projects", Json.write(Map.of("name", "p", "schema", Map.of("format", "json", "content", hostile))));
        String id = HttpClientSupport.post(app, "/api/v1/projects", Json.write(Map.of("name", "ok", "schema", Map.of("format", "json", "content", valid))))
                .json().path("id").asText();
        var replaced = HttpClientSupport.put(app, "/api/v1/projects/" + id, Json.write(Map.of("name", "ok", "schema", Map.of("format", "json", "content", hostile))));

        for (var r : List.of(design, created, replaced)) {
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.json().path("detail").asText()).contains("check ck_items").contains("only one expression; found ';'");
        }
        assertCanariesUntouched(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aPostgresDdlWithABackslashLiteralKeepsItsMeaningOnMariaDb(Target target) throws Exception {
        start(target);
        // 1.24 / 2.12: legal PostgreSQL; MariaDB read '\' as an escaped quote and ran the rest
        String ddl = "CREATE TABLE t (id integer PRIMARY KEY, a text,\n  CONSTRAINT ck_a CHECK (a <> '\\' AND a <> ')) SELECT extractvalue(1,concat(0x7e,"
                + "(SELECT group_concat(label) FROM " + CANARY + ".items))) AS id FROM DUAL WHERE (1 #'));";

        var r = HttpClientSupport.post(app, "/api/v1/design", Json.write(Map.of("request", "add a notes column to t",
                "project", Map.of("name", "p", "schema", Map.of("format", "sql", "content", ddl)))));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("alpha").doesNotContain("XPATH");
        JsonNode check = r.json().at("/schema/tables/0/checks/0");
        assertThat(check.path("expression").asText()).startsWith("a <> '\\' AND a <> ')) SELECT");
        List<String> mariadb = new ArrayList<>();
        for (JsonNode v : r.json().path("verification")) if (v.path("dialect").asText().equals("mariadb")) mariadb.add(v.toString());
        assertThat(mariadb).as(r.json().path("verification").toString()).hasSize(1);
        assertThat(mariadb.get(0)).doesNotContain("\"ok\":false");
        for (JsonNode v : r.json().path("verification")) assertThat(v.path("diff")).as(v.toString()).isEmpty();
        assertCanariesUntouched(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aModelPlanWithABreakoutCheckIsRefusedAndTheRulePlannerAnswers(Target target) throws Exception {
        // 2.23: an OpenAI-compatible model whose every answer carries the CHECK payload of 2.1
        String plan = Json.write(Map.of("changes", List.of(Map.of("op", "add_check", "table", "feedback_analysis", "not_valid", false,
                "check", Map.of("name", "ck_llm", "expression", "1 = 1); CREATE TABLE public.sd_m_llm (x int CHECK (x > 0"))), "rationale", "x"));
        var completion = Json.mapper().createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1).put("model", "m");
        var choice = completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", plan);
        com.github.tomakehurst.wiremock.WireMockServer model = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort());
        model.start();
        try {
            model.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/chat/completions"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(completion.toString())));
            prepareCanaries(target);
            app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", target.postgresUrl(), "SD_VERIFY_MARIADB_URL", target.mariadbUrl(),
                    "SD_VERIFY_ALLOW_SUPERUSER", "true", "SD_MODEL_PROVIDER", "openai-compatible", "SD_MODEL_BASE_URL", model.baseUrl() + "/v1"));

            var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("message", "add a notes column to feedback_analysis")));

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(model.getAllServeEvents()).as("the model was asked").isNotEmpty();
            assertThat(r.body()).doesNotContain("sd_m_llm");
            assertCanariesUntouched(target);
        } finally {
            model.stop();
        }
    }

    // ---- canaries

    private static void prepareCanaries(Target target) throws Exception {
        try (Connection pg = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = pg.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + CANARY);
            s.execute("CREATE TABLE IF NOT EXISTS " + CANARY + ".items (id int PRIMARY KEY, label text)");
            s.execute("DELETE FROM " + CANARY + ".items");
            s.execute("INSERT INTO " + CANARY + ".items VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma')");
            dropMarkers(s, "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE " + MARKERS);
            s.execute("DROP FUNCTION IF EXISTS public.sd_m_fn()");
        }
        try (Connection maria = DriverManager.getConnection(TestDatabases.mariadbUrl()); Statement s = maria.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + CANARY);
            s.execute("CREATE TABLE IF NOT EXISTS " + CANARY + ".items (id int PRIMARY KEY, label text)");
            s.execute("DELETE FROM " + CANARY + ".items");
            s.execute("INSERT INTO " + CANARY + ".items VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma')");
            dropMarkers(s, "SELECT concat('`', table_schema, '`.`', table_name, '`') FROM information_schema.tables WHERE " + MARKERS);
        }
    }

    private static void dropMarkers(Statement s, String query) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) { while (rs.next()) names.add(rs.getString(1)); }
        for (String n : names) s.execute("DROP TABLE " + n);
    }

    private static void assertCanariesUntouched(Target target) throws Exception {
        try (Connection pg = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = pg.createStatement()) {
            assertThat(rows(s, "SELECT id || ':' || label FROM " + CANARY + ".items ORDER BY id")).containsExactly("1:alpha", "2:beta", "3:gamma");
            assertThat(rows(s, "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE " + MARKERS)).isEmpty();
            assertThat(rows(s, "SELECT proname FROM pg_proc WHERE proname = 'sd_m_fn'")).isEmpty();
        }
        try (Connection maria = DriverManager.getConnection(TestDatabases.mariadbUrl()); Statement s = maria.createStatement()) {
            assertThat(rows(s, "SELECT concat(id, ':', label) FROM " + CANARY + ".items ORDER BY id")).containsExactly("1:alpha", "2:beta", "3:gamma");
            assertThat(rows(s, "SELECT concat(table_schema, '.', table_name) FROM information_schema.tables WHERE " + MARKERS)).isEmpty();
        }
    }

    private static List<String> rows(Statement s, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) { while (rs.next()) out.add(rs.getString(1)); }
        return out;
    }
}
