package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit M5 (7.2, 7.3): a table comment ending in a backslash or a double quote made the generated
 * model a SyntaxError while every database verified. The model compiles now, and every turn's
 * verification carries a {@code compile} step over all generated Python files.
 */
class GeneratedPythonCompilesApiTest {

    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of()); }

    @AfterAll
    static void stop() { app.close(); }

    @ParameterizedTest
    @ValueSource(strings = {"Stores notes \\", "Stores \"notes\"", "C:\\new\\x \\N{x} \"\"\" ends\n\\", "line\rbreak \u202e and \u0000 nul"})
    void aTableCommentEndingInABackslashOrQuoteGivesModelsThatCompile(String comment) throws Exception {
        Map<String, Object> table = Map.of("name", "note_backslashes", "comment", comment,
                "columns", List.of(Map.of("name", "id", "type", "integer", "nullable", false, "identity", true),
                        Map.of("name", "body", "type", "text", "nullable", true, "identity", false, "comment", comment)),
                "primary_key", Map.of("columns", List.of("id")), "foreign_keys", List.of(), "indexes", List.of(), "checks", List.of(),
                "uniques", List.of(), "relationships", List.of());
        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("message", "add a notes table",
                "fix", Map.of("changes", List.of(Map.of("op", "create_table", "table", table))))));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode reply = r.json();
        for (JsonNode v : reply.path("verification")) {
            assertThat(v.path("steps").findValuesAsText("name")).as(v.toString()).contains("compile");
            for (JsonNode step : v.path("steps")) assertThat(step.path("ok").asBoolean()).as(step.toString()).isTrue();
        }
        assertThat(reply.path("verification")).isNotEmpty();
        JsonNode model = null;
        for (JsonNode a : reply.path("artifacts")) if (a.path("path").asText().endsWith("note_backslash.py")) model = a;
        assertThat(model).as("the model file").isNotNull();
        assertThat(pyCompile(model.path("content").asText())).isEqualTo("");
    }

    /** CPython's own verdict on {@code source}: empty when it compiles. */
    private static String pyCompile(String source) throws Exception {
        Path file = Files.createTempFile("model-", ".py");
        try {
            Files.writeString(file, source);
            Process p = new ProcessBuilder("/usr/bin/python3", "-m", "py_compile", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return p.exitValue() == 0 ? "" : out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
