package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/chat} with a finding's {@code fix}: the fix is the turn's plan, checked against the session's schema. */
class ChatFixApiTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void appliesAFindingsFixAsTheNextTurn() throws Exception {
        // given
        app = TestApp.start(Map.of());
        JsonNode first = post("{\"message\":\"Design database schema for pain point tracking\"}").json();
        String session = first.path("session_id").asText();
        JsonNode finding = fixable(first, "check-candidate");
        JsonNode fix = finding.path("fix");

        // when
        JsonNode second = post(Json.write(Map.of("session_id", session, "message", fix.path("summary").asText(), "fix", fix))).json();

        // then
        assertThat(second.path("turn").asInt()).isEqualTo(2);
        assertThat(second.path("plan").path("changes").get(0)).isEqualTo(fix.path("changes").get(0));
        assertThat(second.path("schema").toString()).contains(fix.at("/changes/0/check/name").asText());
        assertThat(second.path("findings").toString()).doesNotContain(finding.path("message").asText());
        JsonNode stored = HttpClientSupport.get(app, "/api/v1/sessions/" + session).json();
        assertThat(stored.at("/turns/1/message").asText()).isEqualTo(fix.path("summary").asText());
    }

    @Test
    void rejectsAFixThatDoesNotApplyOrIsEmpty() throws Exception {
        app = TestApp.start(Map.of());
        String session = post("{\"message\":\"Design database schema for pain point tracking\"}").json().path("session_id").asText();

        var missingTable = post("{\"session_id\":\"" + session + "\",\"message\":\"drop it\",\"fix\":{\"changes\":[{\"op\":\"drop_table\",\"table\":\"nope\"}]}}");
        var empty = post("{\"session_id\":\"" + session + "\",\"message\":\"nothing\",\"fix\":{\"changes\":[]}}");
        var notAnObject = post("{\"message\":\"x\",\"fix\":\"add an index\"}");

        assertThat(missingTable.status()).isEqualTo(400);
        assertThat(missingTable.json().at("/errors/0/field").asText()).isEqualTo("fix");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(HttpClientSupport.get(app, "/api/v1/sessions/" + session).json().path("turns").size()).isEqualTo(1);
    }

    private HttpClientSupport.Response post(String body) throws Exception {
        return HttpClientSupport.post(app, "/api/v1/chat", body);
    }

    private static JsonNode fixable(JsonNode reply, String rule) {
        for (JsonNode f : reply.path("findings")) if (f.path("rule").asText().equals(rule) && f.has("fix")) return f;
        throw new AssertionError("no fixable " + rule + " finding in " + reply.path("findings"));
    }
}
