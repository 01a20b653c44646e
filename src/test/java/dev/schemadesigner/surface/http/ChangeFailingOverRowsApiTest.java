package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/chat}: a change that only the seeded rows break — it would pass on empty tables —
 * is answered as failed, each database's upgrade step carrying the message that stopped it, and is not
 * kept: the reply's and the stored session's schema stay as the turn before left them.
 */
class ChangeFailingOverRowsApiTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void aNarrowingThatSeededValuesDoNotFitIsShownFailedWithEachDatabasesMessageAndNotKept() throws Exception {
        // given
        app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl(), "SD_VERIFY_MARIADB_URL", TestDatabases.mariadbVerifyUrl()));
        JsonNode first = chat(Map.of("message", "Design database schema for pain point tracking"));
        String session = first.path("session_id").asText();
        // feedback_analysis holds seeded rows in every verification; their customer ids are longer than 5 characters
        Map<String, Object> narrow = Map.of("op", "alter_column", "table", "feedback_analysis", "column", "customer_id", "type", "string(5)",
                "nullable", false);

        // when
        JsonNode second = chat(Map.of("session_id", session, "message", "make customer_id 5 characters", "fix", Map.of("changes", List.of(narrow))));

        // then
        assertThat(second.path("text").asText()).contains("Not applied", "upgrade: ", "cannot change feedback_analysis.customer_id to string(5): ");
        List<String> dialects = new ArrayList<>();
        for (JsonNode v : second.path("verification")) {
            JsonNode upgrade = step(v, "upgrade");
            if (upgrade == null) continue; // the generated-code checks have no upgrade step
            dialects.add(v.path("dialect").asText());
            assertThat(upgrade.path("ok").asBoolean()).as(v.toString()).isFalse();
            assertThat(upgrade.path("error").asText()).as(v.path("dialect").asText())
                    .contains("cannot change feedback_analysis.customer_id to string(5): ", " value(s) longer than 5 characters, e.g. \"");
            assertThat(step(v, "data").path("data").path("rows_seeded").asInt()).isPositive();
        }
        assertThat(dialects).containsExactlyInAnyOrder("sqlite", "postgresql", "mariadb");
        assertThat(second.path("schema")).isEqualTo(first.path("schema"));
        JsonNode stored = HttpClientSupport.get(app, "/api/v1/sessions/" + session).json();
        assertThat(stored.path("schema")).isEqualTo(first.path("schema"));

    }

    @Test
    void aNaiveNotNullColumnOverSeededRowsIsShownFailedWithTheDatabasesOwnMessage() throws Exception {
        app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl()));
        JsonNode first = chat(Map.of("message", "Design database schema for pain point tracking"));
        Map<String, Object> naive = Map.of("op", "add_column", "table", "feedback_analysis",
                "column", Map.of("name", "severity", "type", "integer", "nullable", false, "identity", false));

        JsonNode second = chat(Map.of("session_id", first.path("session_id").asText(), "message", "add severity", "fix", Map.of("changes", List.of(naive))));

        assertThat(second.path("text").asText()).contains("Not applied", "NOT NULL constraint failed", "contains null values");
        for (JsonNode v : second.path("verification")) {
            JsonNode upgrade = step(v, "upgrade");
            if (upgrade == null) continue;
            String expected = v.path("dialect").asText().equals("sqlite") ? "NOT NULL constraint failed" : "contains null values";
            assertThat(upgrade.path("ok").asBoolean()).isFalse();
            assertThat(upgrade.path("error").asText()).contains(expected);
        }
        assertThat(second.path("schema")).isEqualTo(first.path("schema"));
    }

    private static JsonNode step(JsonNode verification, String name) {
        for (JsonNode s : verification.path("steps")) if (s.path("name").asText().equals(name)) return s;
        return null;
    }

    private JsonNode chat(Map<String, Object> body) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
