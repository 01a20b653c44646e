package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemadesigner.Config;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HealthRouteTest {

    @Test
    void reportsEmbeddedDefaultsWithNoConfiguration() throws Exception {
        Javalin app = HttpServer.create(Config.from(Map.of())).start(0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("store").asText()).isEqualTo("sqlite");
            assertThat(body.path("model_provider").asText()).isEqualTo("none");
            assertThat(body.path("verify").path("sqlite").asBoolean()).isTrue();
            assertThat(body.path("verify").path("postgresql").asBoolean()).isFalse();
        } finally {
            app.stop();
        }
    }
}
