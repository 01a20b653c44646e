package dev.schemadesigner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The released jar as scripts/run.sh starts it, with its embedded defaults: it answers /health, a chat turn, the
 * OpenAI-compatible models list and an MCP tool call. Unit tests run on Maven's test classpath; only this sees what
 * the shaded jar really holds (a dependency left out of it stops the server at start).
 */
class ServerJarIT {
    private static final Path JAR = Path.of("target/schema-designer.jar").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void theJarStartsWithItsDefaultsAndAnswersEverySurface() throws Exception {
        assertThat(JAR).as("the jar mvn package builds").isRegularFile();
        int port = ChildService.freePort();
        Path home = Files.createTempDirectory("sd-jar-");
        Path log = home.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", JAR.toString())).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SD_PORT", Integer.toString(port));
        server = builder.start();
        String base = "http://127.0.0.1:" + port;

        HttpResponse<String> health = awaitHealth(base, log);
        assertThat(health.body()).contains("\"status\":\"ok\"");

        HttpResponse<String> turn = post(base + "/api/v1/chat", "{\"message\":\"Design database schema for pain point tracking\"}", false);
        assertThat(turn.statusCode()).as(turn.body()).isEqualTo(200);
        assertThat(turn.body()).contains("pain_points");

        HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/models")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(models.body()).contains("schema-designer");

        HttpResponse<String> init = post(base + "/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"jar-it\",\"version\":\"1\"}}}", true);
        assertThat(init.body()).contains("\"protocolVersion\"");
        HttpResponse<String> call = post(base + "/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"list_rules\",\"arguments\":{}}}", true);
        assertThat(call.body()).as(call.body()).contains("fk-missing-index").contains("\"isError\":false");
    }

    private HttpResponse<String> awaitHealth(String base, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server exited: " + tail(log)).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return r;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no /health within 90 s: " + tail(log));
    }

    private HttpResponse<String> post(String url, String json, boolean mcp) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (mcp) b.header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", "2025-06-18");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) throws IOException {
        String all = Files.exists(log) ? Files.readString(log) : "";
        return all.substring(Math.max(0, all.length() - 3000));
    }
}
