package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/sessions/{id}/squash}: one net revision instead of one per turn; 404 and 409 when it cannot. */
class SquashApiTest {
    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void squashReplacesTheSessionsRevisionsWithOne() throws Exception {
        // given: two turns on the bundled project, so two revisions on top of its head
        app = TestApp.start(Map.of());
        String session = chat("{\"message\":\"Design database schema for pain point tracking\"}").path("session_id").asText();
        chat("{\"session_id\":\"" + session + "\",\"message\":\"add a resolution_note column to pain_points\"}");
        assertThat(sessionRevisions(session)).hasSize(2);

        // when
        var r = HttpClientSupport.post(app, "/api/v1/sessions/" + session + "/squash", "");

        // then
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("verification").findValues("ok")).allMatch(JsonNode::asBoolean);
        assertThat(r.json().path("schema_diff").path("tables").get(0).path("table").asText()).isEqualTo("pain_points");
        assertThat(sessionRevisions(session)).singleElement().satisfies(path -> assertThat(path).contains("_create_pain_points"));
    }

    @Test
    void anUnknownSessionIs404() throws Exception {
        app = TestApp.start(Map.of());

        var r = HttpClientSupport.post(app, "/api/v1/sessions/no-such-session/squash", "");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("no-such-session");
    }

    @Test
    void aSessionWithOneRevisionHasNothingToSquash() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat("{\"message\":\"Design database schema for pain point tracking\"}").path("session_id").asText();

        var r = HttpClientSupport.post(app, "/api/v1/sessions/" + session + "/squash", "");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("nothing to squash", "1 revision");
    }

    private JsonNode chat(String body) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/chat", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The session's own revision files in the zip (the bundled project's initial revision aside). */
    private List<String> sessionRevisions(String session) throws Exception {
        var zip = HttpClientSupport.getBytes(app, "/api/v1/sessions/" + session + "/artifacts.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().contains("/versions/") && e.getName().endsWith(".py") && !content.contains("down_revision = None")) out.add(e.getName());
            }
        }
        return out;
    }
}
