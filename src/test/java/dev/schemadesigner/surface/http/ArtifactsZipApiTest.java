package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit 2.26 (M7): {@code artifacts.zip} ships only files that verified. Before, it served the latest
 * turn even when its verification failed ("Not applied"), the refused change included.
 */
class ArtifactsZipApiTest {

    /** PostgreSQL refuses a varchar longer than 10,485,760 characters: a change that genuinely fails verification there. */
    private static final String UNVERIFIABLE_FIX = Json.write(Map.of("changes", List.of(Map.of("op", "add_column", "table", "feedback_analysis",
            "column", Map.of("name", "unverified_note", "type", "string(20000000)", "nullable", true, "identity", false)))));

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void theZipServesTheLastVerifiedTurnAndSaysThatTheLatestWasNotVerified() throws Exception {
        // given: turn 1 verified, turn 2 failed verification on PostgreSQL
        app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl()));
        JsonNode first = chat("{\"message\":\"add a priority column to feedback_analysis\"}");
        String session = first.path("session_id").asText();
        JsonNode second = chat("{\"session_id\":\"" + session + "\",\"message\":\"add a long note\",\"fix\":" + UNVERIFIABLE_FIX + "}");
        assertThat(verified(first)).as(first.path("text").asText()).isTrue();
        assertThat(verified(second)).as(second.path("text").asText()).isFalse();

        // when
        var zip = HttpClientSupport.getBytes(app, "/api/v1/sessions/" + session + "/artifacts.zip");

        // then
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("X-Schema-Designer-Turn")).hasValue("1 (latest turn 2 was not verified)");
        Map<String, String> files = unzip(zip.body());
        assertThat(files).containsKey("SCHEMA-DESIGNER-NOTE.md");
        assertThat(files.get("SCHEMA-DESIGNER-NOTE.md")).contains("turn 1", "Turn 2", "not verified");
        assertThat(files.values()).noneMatch(content -> content.contains("unverified_note"));
        assertThat(files.values()).anyMatch(content -> content.contains("priority"));
    }

    @Test
    void aSessionWithoutAVerifiedTurnHasNoZip() throws Exception {
        app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl()));
        JsonNode failed = chat("{\"message\":\"add a long note\",\"fix\":" + UNVERIFIABLE_FIX + "}");
        assertThat(verified(failed)).isFalse();

        var r = HttpClientSupport.get(app, "/api/v1/sessions/" + failed.path("session_id").asText() + "/artifacts.zip");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("no turn", "verified", "turn 1");
    }

    @Test
    void aVerifiedLatestTurnIsServedWithoutANote() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat("{\"message\":\"Design database schema for pain point tracking\"}").path("session_id").asText();

        var zip = HttpClientSupport.getBytes(app, "/api/v1/sessions/" + session + "/artifacts.zip");

        assertThat(zip.headers().firstValue("X-Schema-Designer-Turn")).hasValue("1");
        assertThat(unzip(zip.body())).doesNotContainKey("SCHEMA-DESIGNER-NOTE.md");
    }

    @Test
    void theZipSaysHowToRunItAndPinsTheVersionsItWasVerifiedWith() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat("{\"message\":\"Design database schema for pain point tracking\"}").path("session_id").asText();

        Map<String, String> files = unzip(HttpClientSupport.getBytes(app, "/api/v1/sessions/" + session + "/artifacts.zip").body());

        // the bundled project is written in the classic style: it runs on SQLAlchemy 1.4 and 2.0
        assertThat(files.get("api/README.md")).contains("python3 -m venv", "pip install -r requirements.txt", "alembic upgrade head", "pytest tests/models");
        assertThat(files.get("api/requirements.txt")).contains("SQLAlchemy==1.4.46", "alembic==1.8.1", "pytest==", "SQLAlchemy 2.0.52 / Alembic 1.19.1");
    }

    private JsonNode chat(String body) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/chat", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static boolean verified(JsonNode reply) {
        return reply.path("verification").size() > 0 && reply.path("verification").findValues("ok").stream().allMatch(JsonNode::asBoolean);
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return files;
    }
}
