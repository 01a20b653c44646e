package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile or careless client can send, and what must never happen to the server or a session. */
class ChatSafetyTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void chunkedBodyOverTheLimitIsRefused() throws Exception {
        app = TestApp.start(Map.of());
        byte[] huge = ("{\"message\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(HttpClientSupport.get(app, "/health").status()).isEqualTo(200);
    }

    @Test
    void unknownSessionIsA404EvenWhenStreaming() throws Exception {
        app = TestApp.start(Map.of());

        var r = HttpClientSupport.post(app, "/api/v1/chat", "{\"session_id\":\"nope\",\"message\":\"add a column\"}", "Accept", "text/event-stream");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFixCarryingRawSqlIsRefused() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat(Map.of("message", "Design database schema for pain point tracking")).path("session_id").asText();
        Map<String, Object> dataMigration = Map.of("op", "data_migration", "description", "x",
                "upgrade_sql", Map.of("any", "ATTACH DATABASE '/tmp/evil.db' AS evil"), "downgrade_sql", Map.of());

        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("session_id", session, "message", "apply",
                "fix", Map.of("changes", List.of(dataMigration)))));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("data migrations are not accepted");
        assertThat(new java.io.File("/tmp/evil.db")).doesNotExist();
    }

    @Test
    void aHostileColumnNameIsRefusedWithTheReason() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat(Map.of("message", "Design database schema for pain point tracking")).path("session_id").asText();
        Map<String, Object> addColumn = Map.of("op", "add_column", "table", "pain_points",
                "column", Map.of("name", "x\"\"\" + __import__('os').system('id') + \"\"\"", "type", "integer", "nullable", true, "identity", false));

        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("session_id", session, "message", "apply",
                "fix", Map.of("changes", List.of(addColumn)))));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("may not contain quotes");
    }

    @Test
    void parallelTurnsOnOneSessionAllLandInOrder() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat(Map.of("message", "Create a tickets table with subject and notes")).path("session_id").asText();
        List<String> columns = List.of("priority", "due_date", "assignee_email", "resolved_at");
        ExecutorService pool = Executors.newFixedThreadPool(columns.size());
        try {
            List<Future<JsonNode>> replies = new ArrayList<>();
            for (String column : columns) {
                Callable<JsonNode> turn = () -> chat(Map.of("session_id", session, "message", "add a " + column + " column to tickets"));
                replies.add(pool.submit(turn));
            }
            List<Integer> turns = new ArrayList<>();
            for (Future<JsonNode> f : replies) turns.add(f.get().path("turn").asInt());

            assertThat(turns).containsExactlyInAnyOrder(2, 3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = HttpClientSupport.get(app, "/api/v1/sessions/" + session).json();
        assertThat(stored.path("turns").size()).isEqualTo(5);
        assertThat(stored.path("schema").path("tables").findValues("columns").toString()).contains("priority", "due_date", "assignee_email", "resolved_at");
    }

    @Test
    void aChangeThatFailsVerificationIsShownButNotKept() throws Exception {
        app = TestApp.start(Map.of("SD_VERIFY_MARIADB_URL", TestDatabases.mariadbVerifyUrl()));
        JsonNode first = chat(Map.of("message", "Design database schema for pain point tracking"));
        Map<String, Object> partialUnique = Map.of("op", "create_index", "table", "pain_points", "concurrently", false,
                "index", Map.of("name", "uq_pain_points_open_category", "keys", List.of(Map.of("column", "category")), "unique", true,
                        "where", "severity >= 7", "include", List.of()));

        JsonNode second = chat(Map.of("session_id", first.path("session_id").asText(), "message", "apply",
                "fix", Map.of("changes", List.of(partialUnique))));

        assertThat(second.path("verification").findValuesAsText("dialect")).contains("mariadb");
        assertThat(second.path("text").asText()).contains("Not applied");
        assertThat(second.path("schema")).isEqualTo(first.path("schema"));
    }

    private JsonNode chat(Map<String, Object> body) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
