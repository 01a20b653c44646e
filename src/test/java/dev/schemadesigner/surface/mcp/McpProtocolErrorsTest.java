package dev.schemadesigner.surface.mcp;

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

/** Bad JSON-RPC over /mcp, sent by hand: each gets its JSON-RPC error (or HTTP status) and the server goes on serving. */
class McpProtocolErrorsTest {
    private static final String TOKEN = "mcp-errors-test-token";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";
    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of("SD_API_TOKEN", TOKEN, "SD_MAX_BODY_BYTES", "8192")); }

    @AfterAll
    static void stop() { app.close(); }

    @AfterEach
    void serverStillServes() throws Exception {
        Response pong = post(PING, "Bearer " + TOKEN);
        assertThat(pong.status()).isEqualTo(200);
        assertThat(pong.json().path("id").asInt()).isEqualTo(7);
        assertThat(pong.json().has("result")).isTrue();
    }

    @Test
    void malformedJsonIsParseError() throws Exception {
        Response r = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":", "Bearer " + TOKEN);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(-32700);
        assertThat(r.json().get("id").isNull()).isTrue();
    }

    @Test
    void anUnknownMethodIsMethodNotFound() throws Exception {
        Response r = post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/destroy\"}", "Bearer " + TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.code()).isEqualTo(-32601);
        assertThat(r.json().path("id").asInt()).isEqualTo(2);
    }

    @Test
    void toolsCallWithoutANameIsInvalidParams() throws Exception {
        Response r = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}", "Bearer " + TOKEN);

        assertThat(r.code()).isEqualTo(-32602);
        assertThat(r.json().path("id").asInt()).isEqualTo(3);
    }

    @Test
    void anUnknownToolIsInvalidParams() throws Exception {
        Response r = post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"rm_rf\",\"arguments\":{}}}", "Bearer " + TOKEN);

        assertThat(r.code()).isEqualTo(-32602);
        assertThat(r.json().at("/error/message").asText()).contains("rm_rf", "design_schema");
    }

    @Test
    void notJsonRpcIsInvalidRequest() throws Exception {
        assertThat(post("{\"id\":5,\"method\":\"ping\"}", "Bearer " + TOKEN).code()).isEqualTo(-32600);
        assertThat(post("[" + PING + "]", "Bearer " + TOKEN).code()).isEqualTo(-32600);
    }

    @Test
    void aNotificationIsAccepted() throws Exception {
        assertThat(post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", "Bearer " + TOKEN).status()).isEqualTo(202);
    }

    @Test
    void withoutTheTokenIs401() throws Exception {
        Response none = post(PING, null);
        Response wrong = post(PING, "Bearer nope");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.wwwAuthenticate()).startsWith("Bearer");
        assertThat(none.json().path("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().at("/error/message").asText()).contains("bearer token");
    }

    @Test
    void aTrailingSlashNeedsTheTokenToo() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/mcp/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PING)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    }

    @Test
    void anOversizedMessageIs413() throws Exception {
        Response r = post("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"review_schema\",\"arguments\":{\"format\":\"sql\",\"content\":\""
                + "x".repeat(20_000) + "\"}}}", "Bearer " + TOKEN);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().at("/error/message").asText()).contains("SD_MAX_BODY_BYTES");
    }

    @Test
    void getHasNoStreamHere() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/mcp"))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anUnsupportedProtocolVersionHeaderIs400() throws Exception {
        HttpResponse<String> r = CLIENT.send(request(PING, "Bearer " + TOKEN).header("MCP-Protocol-Version", "1999-01-01").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("1999-01-01");
    }

    record Response(int status, String body, String wwwAuthenticate) {
        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        int code() { return json().at("/error/code").asInt(); }
    }

    private static HttpRequest.Builder request(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/mcp")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        return request;
    }

    private static Response post(String body, String authorization) throws Exception {
        HttpResponse<String> r = CLIENT.send(request(body, authorization).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("WWW-Authenticate").orElse(""));
    }
}
