package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/intent} on the wire, and {@code POST /api/v1/design}, which does not pass through the intent gate. */
class IntentApiTest {

    /** A design request in words the intent detector does not take for schema work (no schema vocabulary at all). */
    private static final String UNRECOGNISED_DESIGN = "pain point tracking";

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void intentAnswerCarriesTheTriggerPhraseThatMatched() throws Exception {
        app = TestApp.start(Map.of());

        JsonNode matched = intent("schema DESIGN for the database of a bakery");
        JsonNode unmatched = intent("tell me a joke");

        assertThat(matched.path("schema_related").asBoolean()).isTrue();
        assertThat(matched.path("intent").asText()).isEqualTo("design");
        assertThat(matched.path("trigger").asText()).isEqualTo("Design database schema");
        assertThat(unmatched.path("schema_related").asBoolean()).isFalse();
        assertThat(unmatched.path("intent").asText()).isEqualTo("none");
        assertThat(unmatched.has("trigger")).as(unmatched.toString()).isFalse();
    }

    @Test
    void designPlansARequestThatTheIntentDetectorRejects() throws Exception {
        app = TestApp.start(Map.of());
        assertThat(intent(UNRECOGNISED_DESIGN).path("schema_related").asBoolean()).isFalse();

        var designed = HttpClientSupport.post(app, "/api/v1/design", Json.write(Map.of("request", UNRECOGNISED_DESIGN)));
        var chatted = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("message", UNRECOGNISED_DESIGN)));

        assertThat(designed.status()).as(designed.body()).isEqualTo(200);
        assertThat(designed.json().path("plan").path("changes").size()).as(designed.body()).isPositive();
        assertThat(designed.json().path("artifacts").size()).isPositive();
        // the chat still answers a message about something else without touching the schema
        assertThat(chatted.json().path("plan").path("changes").size()).isZero();
    }

    private JsonNode intent(String text) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/intent", Json.write(Map.of("text", text)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
