package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat API end to end: real server, real store, verification on SQLite, PostgreSQL and MariaDB. */
class ChatApiTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    private static Map<String, String> verifyEverywhere() {
        return Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl(), "SD_VERIFY_MARIADB_URL", TestDatabases.mariadbVerifyUrl());
    }

    @Test
    void designTurnAnswersWithModelMigrationTestsFindingsAndVerificationOnEveryDatabase() throws Exception {
        app = TestApp.start(verifyEverywhere());

        JsonNode reply = chat(null, "Design database schema for pain point tracking");

        assertThat(reply.path("intent").path("intent").asText()).isEqualTo("design");
        assertThat(kinds(reply)).contains("model", "migration", "test", "ddl", "erd");
        assertThat(paths(reply)).contains("api/app/domain/models/pain_point.py");
        assertThat(reply.path("findings").size()).isPositive();
        assertThat(reply.at("/verification").findValuesAsText("dialect")).containsExactlyInAnyOrder("sqlite", "postgresql", "mariadb");
        for (JsonNode v : reply.path("verification")) {
            assertThat(v.path("diff").size()).as(v.toString()).isZero();
            assertThat(v.path("steps").findValuesAsText("name")).containsExactly("setup", "upgrade", "downgrade", "reupgrade", "data", "compile");
            assertThat(v.path("steps").findValues("ok")).allMatch(JsonNode::asBoolean);
        }
        JsonNode painPoints = table(reply.path("schema"), "pain_points");
        assertThat(painPoints.path("checks").toString()).contains("severity");
        assertThat(reply.path("erd").asText()).startsWith("erDiagram");
    }

    @Test
    void fourTurnConversationBuildsEachTurnOnTheLastSchema() throws Exception {
        app = TestApp.start(Map.of());

        JsonNode first = chat(null, "Design database schema for pain point tracking");
        String session = first.path("session_id").asText();
        JsonNode second = chat(session, "now add a priority column");
        JsonNode third = chat(session, "add an index on (category, created_at)");
        JsonNode fourth = chat(session, "review the schema");

        assertThat(columns(table(first.path("schema"), "pain_points"))).doesNotContain("priority");
        assertThat(columns(table(second.path("schema"), "pain_points"))).contains("priority");
        assertThat(artifact(second, "api/app/domain/models/pain_point.py")).contains("priority");
        assertThat(indexes(table(third.path("schema"), "pain_points"))).anyMatch(i -> i.contains("category") && i.contains("created_at"));
        assertThat(migrations(third)).anyMatch(m -> m.contains("create_index") && m.contains("created_at"));
        assertThat(fourth.path("intent").path("intent").asText()).isEqualTo("review");
        assertThat(fourth.path("plan").path("changes").size()).isZero();
        assertThat(fourth.path("findings").size()).isPositive();
        assertThat(fourth.path("schema")).isEqualTo(third.path("schema"));
        assertThat(List.of(first, second, third, fourth)).extracting(r -> r.path("turn").asInt()).containsExactly(1, 2, 3, 4);
        JsonNode stored = HttpClientSupport.get(app, "/api/v1/sessions/" + session).json();
        assertThat(stored.path("turns").size()).isEqualTo(4);
    }

    @Test
    void sessionSurvivesARestartOnTheSqliteStore() throws Exception {
        sessionSurvivesRestart("jdbc:sqlite:" + TestApp.tempFile());
    }

    @Test
    void sessionSurvivesARestartOnThePostgresStore() throws Exception {
        String schema = "sd_store_" + Long.toHexString(System.nanoTime());
        try (var c = java.sql.DriverManager.getConnection(TestDatabases.postgresUrl())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        try {
            sessionSurvivesRestart(TestDatabases.postgresUrl() + "&currentSchema=" + schema);
        } finally {
            try (var c = java.sql.DriverManager.getConnection(TestDatabases.postgresUrl())) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void sessionSurvivesRestart(String storeUrl) throws Exception {
        app = TestApp.start(Map.of("SD_DB_URL", storeUrl));
        String session = chat(null, "Create a tickets table with subject, severity 1-10 and notes").path("session_id").asText();
        app.close();

        app = TestApp.start(Map.of("SD_DB_URL", storeUrl));
        JsonNode restored = HttpClientSupport.get(app, "/api/v1/sessions/" + session).json();
        JsonNode next = chat(session, "now add a priority column");

        assertThat(restored.path("turns").size()).isEqualTo(1);
        assertThat(next.path("turn").asInt()).isEqualTo(2);
        assertThat(columns(table(next.path("schema"), "tickets"))).contains("subject", "severity", "priority");
    }

    @Test
    void streamsEachStageAsAnEvent() throws Exception {
        app = TestApp.start(Map.of());

        var r = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\":\"Design database schema for pain point tracking\"}",
                "Accept", "text/event-stream");

        assertThat(r.contentType()).startsWith("text/event-stream");
        List<String> events = r.body().lines().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7)).toList();
        assertThat(events).containsExactly("intent", "plan", "review", "generate", "verify", "reply");
    }

    @Test
    void artifactsZipUnpacksAsARunnableProject() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat(null, "Design database schema for pain point tracking").path("session_id").asText();

        var zip = HttpClientSupport.getBytes(app, "/api/v1/sessions/" + session + "/artifacts.zip");

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(names).contains("api/alembic.ini", "api/alembic/env.py", "api/app/domain/models/pain_point.py", "api/tests/models/conftest.py");
        assertThat(names).anyMatch(n -> n.startsWith("api/alembic/versions/") && n.contains("pain_points"));
    }

    @Test
    void badRequestsGetProblemDocumentsAndTheServerKeepsServing() throws Exception {
        app = TestApp.start(Map.of());

        var malformed = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\": ");
        var missing = HttpClientSupport.post(app, "/api/v1/chat", "{\"session_id\": null}");
        var notText = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\": 42}");
        var unknownSession = HttpClientSupport.post(app, "/api/v1/chat", "{\"session_id\":\"nope\",\"message\":\"add a column\"}");
        var huge = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");
        var unknownDialect = HttpClientSupport.post(app, "/api/v1/review", "{\"schema\":{\"format\":\"sql\",\"content\":\"CREATE TABLE t (id int)\"},\"dialect\":\"oracle\"}");
        var badSql = HttpClientSupport.post(app, "/api/v1/review", "{\"schema\":{\"format\":\"sql\",\"content\":\"CREATE TABLE t (id int\"}}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asText()).contains("not valid JSON");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("message");
        assertThat(notText.status()).isEqualTo(400);
        assertThat(unknownSession.status()).isEqualTo(404);
        assertThat(unknownSession.json().path("detail").asText()).contains("nope");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(unknownDialect.status()).isEqualTo(400);
        assertThat(unknownDialect.json().path("detail").asText()).contains("unknown dialect 'oracle'");
        assertThat(badSql.status()).isEqualTo(400);
        assertThat(badSql.json().path("detail").asText()).contains("line 1");
        for (var r : List.of(malformed, missing, notText, unknownSession, huge, unknownDialect, badSql)) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(chat(null, "Design database schema for pain point tracking").path("turn").asInt()).isEqualTo(1);
    }

    @Test
    void messagesAboutSomethingElseLeaveTheSchemaAlone() throws Exception {
        app = TestApp.start(Map.of());

        JsonNode reply = chat(null, "design a landing page for our pricing plans");

        assertThat(reply.path("intent").path("schema_related").asBoolean()).isFalse();
        assertThat(reply.path("plan").path("changes").size()).isZero();
        assertThat(reply.path("artifacts").size()).isZero();
    }

    private JsonNode chat(String session, String message) throws Exception {
        Map<String, String> body = session == null ? Map.of("message", message) : Map.of("session_id", session, "message", message);
        var r = HttpClientSupport.post(app, "/api/v1/chat", dev.schemadesigner.json.Json.write(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> kinds(JsonNode reply) { return reply.path("artifacts").findValuesAsText("kind"); }

    private static List<String> paths(JsonNode reply) { return reply.path("artifacts").findValuesAsText("path"); }

    private static String artifact(JsonNode reply, String path) {
        return StreamSupport.stream(reply.path("artifacts").spliterator(), false).filter(a -> a.path("path").asText().equals(path))
                .map(a -> a.path("content").asText()).findFirst().orElseThrow(() -> new AssertionError("no artifact " + path + " in " + paths(reply)));
    }

    private static List<String> migrations(JsonNode reply) {
        return StreamSupport.stream(reply.path("artifacts").spliterator(), false).filter(a -> a.path("kind").asText().equals("migration"))
                .map(a -> a.path("content").asText()).toList();
    }

    private static JsonNode table(JsonNode schema, String name) {
        return StreamSupport.stream(schema.path("tables").spliterator(), false).filter(t -> t.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + name + " in " + schema.path("tables").findValuesAsText("name")));
    }

    private static List<String> columns(JsonNode table) { return table.path("columns").findValuesAsText("name"); }

    private static List<String> indexes(JsonNode table) {
        return StreamSupport.stream(table.path("indexes").spliterator(), false).map(JsonNode::toString).toList();
    }
}
