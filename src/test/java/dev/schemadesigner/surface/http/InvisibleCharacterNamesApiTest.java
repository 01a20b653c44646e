package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit L7 (1.13): a right-to-left override in a column name was accepted, verified and copied into generated code. */
class InvisibleCharacterNamesApiTest {

    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of()); }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void refusesAColumnNameWithARightToLeftOverrideNamingTheCharacterAndItsPosition() throws Exception {
        Map<String, Object> column = Map.of("name", "abc\u202Edef", "type", "integer", "nullable", true, "identity", false);
        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("message", "add a column",
                "fix", Map.of("changes", List.of(Map.of("op", "add_column", "table", "feedback_analysis", "column", column))))));

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("column name 'abc\\u202Edef' contains U+202E RIGHT-TO-LEFT OVERRIDE at character 4");
    }

    @Test
    void refusesItInAnImportedSchemaToo() throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "sql",
                "content", "CREATE TABLE t (id INT PRIMARY KEY, \"abc\u2067def\" INT);"))));

        assertThat(r.status()).as(r.body()).isBetween(400, 422);
        assertThat(r.json().path("detail").asText()).contains("U+2067 RIGHT-TO-LEFT ISOLATE at character 4");
    }
}
