package dev.schemadesigner.surface.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad request to /v1 gets a 4xx in OpenAI's error shape naming the problem, and the server goes on serving. */
class ChatCompletionsErrorsTest {
    private static final String TOKEN = "openai-errors-test-token";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GOOD = "{\"model\":\"schema-designer\",\"messages\":[{\"role\":\"user\",\"content\":\"Design database schema for pain point tracking\"}]}";
    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of("SD_API_TOKEN", TOKEN, "SD_MAX_BODY_BYTES", "8192")); }

    @AfterAll
    static void stop() { app.close(); }

    @AfterEach
    void serverStillServes() throws Exception {
        Response models = send("GET", "/v1/models", null, "Bearer " + TOKEN);
        assertThat(models.status()).isEqualTo(200);
        assertThat(models.json().at("/data/0/id").asText()).isEqualTo("schema-designer");
    }

    @Test
    void malformedJsonIs400InvalidJson() throws Exception {
        Response r = send("POST", "/v1/chat/completions", "{\"model\":\"schema-designer\",\"messages\":[", "Bearer " + TOKEN);

        assertError(r, 400, "invalid_json");
        assertThat(r.error().path("message").asText()).contains("not valid JSON");
    }

    @Test
    void noUserMessageIs400NamingIt() throws Exception {
        Response r = send("POST", "/v1/chat/completions", "{\"model\":\"schema-designer\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"}]}", "Bearer " + TOKEN);

        assertError(r, 400, "no_user_message");
        assertThat(r.error().path("param").asText()).isEqualTo("messages");
    }

    @Test
    void messagesThatAreNotAnArrayAre400() throws Exception {
        assertError(send("POST", "/v1/chat/completions", "{\"model\":\"schema-designer\",\"messages\":\"hello\"}", "Bearer " + TOKEN), 400, "missing_required_parameter");
    }

    @Test
    void anImageContentPartIs400() throws Exception {
        String body = "{\"model\":\"schema-designer\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"http://x/y.png\"}}]}]}";

        assertError(send("POST", "/v1/chat/completions", body, "Bearer " + TOKEN), 400, "unsupported_content");
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        String body = "{\"model\":\"schema-designer\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(20_000) + "\"}]}";

        assertError(send("POST", "/v1/chat/completions", body, "Bearer " + TOKEN), 413, "request_too_large");
    }

    @Test
    void anUnknownModelIs404ModelNotFound() throws Exception {
        Response r = send("POST", "/v1/chat/completions", GOOD.replace("schema-designer", "gpt-4o"), "Bearer " + TOKEN);

        assertError(r, 404, "model_not_found");
        assertThat(r.error().path("message").asText()).contains("gpt-4o", "schema-designer");
        assertError(send("GET", "/v1/models/gpt-4o", null, "Bearer " + TOKEN), 404, "model_not_found");
    }

    @Test
    void aWrongOrMissingTokenIs401InvalidApiKey() throws Exception {
        assertError(send("POST", "/v1/chat/completions", GOOD, "Bearer wrong"), 401, "invalid_api_key");
        assertError(send("POST", "/v1/chat/completions", GOOD, null), 401, "invalid_api_key");
        assertError(send("GET", "/v1/models", null, null), 401, "invalid_api_key");
    }

    @Test
    void anUnknownSessionIs404SessionNotFound() throws Exception {
        Response r = send("POST", "/v1/chat/completions", GOOD.replace("\"messages\"", "\"user\":\"no-such-session\",\"messages\""), "Bearer " + TOKEN);

        assertError(r, 404, "session_not_found");
    }

    @Test
    void aStreamForAnUnknownSessionIsRefusedBeforeItStarts() throws Exception {
        Response r = send("POST", "/v1/chat/completions", GOOD.replace("\"messages\"", "\"stream\":true,\"messages\""), "Bearer " + TOKEN, "X-Session-Id", "no-such-session");

        assertError(r, 404, "session_not_found");
    }

    @Test
    void anUnknownPathUnderV1Is404InOpenAiShape() throws Exception {
        assertError(send("GET", "/v1/embeddings", null, "Bearer " + TOKEN), 404, "not_found");
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(GOOD)).build(), HttpResponse.BodyHandlers.ofString());

        assertError(new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()), 415, "unsupported_media_type");
    }

    private static void assertError(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.error().path("code").asText()).as(r.body()).isEqualTo(code);
        assertThat(r.error().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(r.error().path("message").asText()).isNotBlank();
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        JsonNode error() { return json().path("error"); }
    }

    private static Response send(String method, String path, String body, String authorization, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        if (authorization != null) request.header("Authorization", authorization);
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
