package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad input, sent over HTTP, answers with its own status and stable code (the problem
 * {@code type} URI ends in it); a fault of the service answers 500 with an id and nothing of the fault.
 */
class ErrorCodesApiTest {
    private static App app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void malformedSqlIsMalformedSql() throws Exception {
        var r = review("{\"schema\":{\"format\":\"sql\",\"content\":\"CREATE TABLE t (id int,, name;\"}}");

        assertProblem(r, 400, "malformed-sql");
        assertThat(r.json().path("detail").asText()).contains("syntax error at line 1");
    }

    @Test
    void malformedPythonIsMalformedPython() throws Exception {
        var r = review("{\"schema\":{\"format\":\"sqlalchemy\",\"content\":\"class Note(Base:\\n    id = mapped_column(Integer\\n\"}}");

        assertProblem(r, 400, "malformed-python");
    }

    @Test
    void malformedJsonIsMalformedJson() throws Exception {
        var r = review("{\"schema\": {");

        assertProblem(r, 400, "malformed-json");
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLarge() throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");

        assertProblem(r, 413, "payload-too-large");
    }

    @Test
    void anUnknownDialectIsUnknownDialect() throws Exception {
        var r = review("{\"schema\":{\"format\":\"sql\",\"content\":\"create table t (id int primary key);\"},\"dialect\":\"oracle\"}");

        assertProblem(r, 400, "unknown-dialect");
        assertThat(r.json().path("detail").asText()).contains("oracle");
    }

    @Test
    void aHostileIdentifierIsInvalidIdentifier() throws Exception {
        var r = review("{\"schema\":{\"format\":\"json\",\"content\":" + Json.write(Json.write(schema("notes\"; drop table users; --", "id > 0"))) + "}}");

        assertProblem(r, 400, "invalid-identifier");
        assertThat(r.json().path("detail").asText()).contains("may not contain quotes");
    }

    @Test
    void aRefusedExpressionIsExpressionRefused() throws Exception {
        var r = review("{\"schema\":{\"format\":\"json\",\"content\":" + Json.write(Json.write(schema("notes", "pg_read_file('/etc/passwd') <> ''"))) + "}}");

        assertProblem(r, 422, "expression-refused");
    }

    private static Map<String, Object> schema(String table, String check) {
        return Map.of("tables", List.of(Map.of("name", table, "columns", List.of(Map.of("name", "id", "type", "integer", "nullable", false, "identity", false)),
                "primary_key", Map.of("columns", List.of("id")), "foreign_keys", List.of(), "uniques", List.of(), "indexes", List.of(),
                "checks", List.of(Map.of("name", "ck_x", "expression", check)), "relationships", List.of())), "enums", List.of());
    }

    @Test
    void anUnknownSessionOrProjectIsNotFound() throws Exception {
        assertProblem(HttpClientSupport.get(app, "/api/v1/sessions/no-such-session"), 404, "not-found");
        assertProblem(HttpClientSupport.get(app, "/api/v1/projects/no-such-project"), 404, "not-found");
        var chat = HttpClientSupport.post(app, "/api/v1/chat", "{\"session_id\":\"no-such-session\",\"message\":\"add a priority column to feedback_analysis\"}");
        assertProblem(chat, 404, "not-found");
    }

    @Test
    void aFixThatDoesNotApplyIsInvalidChange() throws Exception {
        JsonNode first = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\":\"add a priority column to feedback_analysis\"}").json();
        String session = first.path("session_id").asText();

        var r = HttpClientSupport.post(app, "/api/v1/chat", "{\"session_id\":\"" + session
                + "\",\"message\":\"drop it\",\"fix\":{\"changes\":[{\"op\":\"drop_table\",\"table\":\"no_such_table\"}]}}");

        assertProblem(r, 400, "invalid-change");
        assertThat(r.json().path("detail").asText()).contains("no_such_table");
    }

    @Test
    void aTurnNumberOutOfRangeIsBadRequest() throws Exception {
        assertProblem(HttpClientSupport.get(app, "/api/v1/sessions/s/turns/0"), 400, "bad-request");
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/review"))
                .POST(HttpRequest.BodyPublishers.ofString("schema=1")).header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(Json.tree(r.body()).path("code").asText()).isEqualTo("unsupported-media-type");
    }

    @Test
    void aFaultOfTheServiceIs500WithAnIdAndNothingOfTheFault() throws Exception {
        // given: the real mapper, and a handler that fails as a bug does (a plain IllegalArgumentException is a bug too)
        Javalin faulty = Javalin.create(c -> c.jsonMapper(Problems.jsonMapper()));
        Problems.register(faulty, Map.of());
        faulty.get("/npe", ctx -> { throw new NullPointerException("Cannot invoke \"dev.schemadesigner.schema.Table.name()\" password=hunter2"); });
        faulty.get("/iae", ctx -> { throw new IllegalArgumentException("no rendering for internal op dev.schemadesigner.change.Secret"); });
        faulty.start(0);
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            for (String path : new String[] {"/npe", "/iae"}) {
                // when
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + faulty.port() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());

                // then
                JsonNode body = Json.tree(r.body());
                assertThat(r.statusCode()).as(path).isEqualTo(500);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(body.path("code").asText()).isEqualTo("internal-error");
                String id = body.path("id").asText();
                assertThat(id).isNotBlank();
                assertThat(body.path("detail").asText()).contains(id);
                assertThat(r.body()).doesNotContain("hunter2", "dev.schemadesigner", "NullPointer", "IllegalArgument", "Secret");
                assertThat(log.toString(StandardCharsets.UTF_8)).as("the log holds the fault under its id").contains(id);
            }
        } finally {
            System.setErr(err);
            faulty.stop();
        }
    }

    private static HttpClientSupport.Response review(String body) throws Exception {
        return HttpClientSupport.post(app, "/api/v1/review", body);
    }

    private static void assertProblem(HttpClientSupport.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.path("code").asText()).as(r.body()).isEqualTo(code);
        assertThat(body.path("type").asText()).isEqualTo("https://schema-designer.dev/problems/" + code);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(r.body()).doesNotContain("dev.schemadesigner", "java.lang");
    }
}
