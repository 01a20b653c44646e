package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit 1.9, 8.1, 8.2 (M6): what a session keeps and returns is bounded. Before, every message was
 * stored whole (1 MB each) and {@code GET /sessions/{id}} returned every turn with every artifact
 * (17 MB for a 200-turn session).
 */
class SessionHistoryApiTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void aLongMessageIsStoredCutToTheLimitAndMarkedTruncated() throws Exception {
        app = TestApp.start(Map.of("SD_MAX_STORED_MESSAGE_CHARS", "1000"));
        String message = "tell me about the weather " + "and more ".repeat(6_000);

        JsonNode reply = chat(null, message);
        var session = HttpClientSupport.get(app, "/api/v1/sessions/" + reply.path("session_id").asText());

        JsonNode turn = session.json().path("turns").get(0);
        assertThat(turn.path("message").asText()).hasSize(1000).isEqualTo(message.substring(0, 1000));
        assertThat(turn.path("message_truncated").asBoolean()).isTrue();
        assertThat(turn.path("message_chars").asInt()).isEqualTo(message.length());
        assertThat(session.body().length()).as("the message is kept nowhere else in the session").isLessThan(message.length());
    }

    @Test
    void sessionTurnsComeInPagesNewestFirstWithOnlyTheNewestFilesEmbedded() throws Exception {
        // given: five turns, of which 1, 2 and 4 produced files
        app = TestApp.start(Map.of());
        String session = chat(null, "Design database schema for pain point tracking").path("session_id").asText();
        chat(session, "now add a priority column");
        chat(session, "tell me a joke about the weather");
        chat(session, "add an index on (category, created_at)");
        chat(session, "what a lovely day it is");

        // when
        JsonNode latest = HttpClientSupport.get(app, "/api/v1/sessions/" + session + "?turns_limit=2").json();
        JsonNode middle = HttpClientSupport.get(app, "/api/v1/sessions/" + session + latest.path("next").asText()).json();
        JsonNode first = HttpClientSupport.get(app, "/api/v1/sessions/" + session + middle.path("next").asText()).json();
        JsonNode whole = HttpClientSupport.get(app, "/api/v1/sessions/" + session).json();
        JsonNode turnTwo = HttpClientSupport.get(app, "/api/v1/sessions/" + session + "/turns/2").json();

        // then
        assertThat(numbers(latest)).containsExactly(4, 5);
        assertThat(latest.path("turns_total").asInt()).isEqualTo(5);
        assertThat(latest.path("next").asText()).isEqualTo("?turns_limit=2&turns_before=4");
        assertThat(numbers(middle)).containsExactly(2, 3);
        assertThat(numbers(first)).containsExactly(1);
        assertThat(first.path("next").isMissingNode() || first.path("next").isNull()).isTrue();
        assertThat(numbers(whole)).containsExactly(1, 2, 3, 4, 5);
        // the newest turn with files (4) keeps them; every other turn's are left out and marked so
        assertThat(artifacts(latest, 4)).isPositive();
        assertThat(omitted(latest, 4)).isFalse();
        assertThat(artifacts(middle, 2)).isZero();
        assertThat(omitted(middle, 2)).isTrue();
        assertThat(omitted(middle, 3)).as("turn 3 had no files to leave out").isFalse();
        assertThat(turnTwo.path("reply").path("artifacts").size()).isPositive();
        assertThat(whole.path("turns").findValues("artifacts").stream().mapToInt(JsonNode::size).sum())
                .as("the whole session embeds one turn's files").isEqualTo(artifacts(whole, 4));
    }

    @Test
    void badPageParametersAreRefusedWith400() throws Exception {
        app = TestApp.start(Map.of());
        String session = chat(null, "tell me a joke about the weather").path("session_id").asText();

        for (String query : List.of("?turns_limit=0", "?turns_limit=101", "?turns_before=abc", "?turns_before=0")) {
            var r = HttpClientSupport.get(app, "/api/v1/sessions/" + session + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(HttpClientSupport.get(app, "/api/v1/sessions/" + session + "/turns/7").status()).isEqualTo(404);
    }

    private JsonNode chat(String session, String message) throws Exception {
        Map<String, String> body = session == null ? Map.of("message", message) : Map.of("session_id", session, "message", message);
        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<Integer> numbers(JsonNode session) {
        return StreamSupport.stream(session.path("turns").spliterator(), false).map(t -> t.path("number").asInt()).toList();
    }

    private static JsonNode turn(JsonNode session, int number) {
        return StreamSupport.stream(session.path("turns").spliterator(), false).filter(t -> t.path("number").asInt() == number)
                .findFirst().orElseThrow(() -> new AssertionError("no turn " + number + " in " + numbers(session)));
    }

    private static int artifacts(JsonNode session, int number) { return turn(session, number).path("reply").path("artifacts").size(); }

    private static boolean omitted(JsonNode session, int number) { return turn(session, number).path("artifacts_omitted").asBoolean(); }
}
