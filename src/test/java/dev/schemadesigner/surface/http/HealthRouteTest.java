package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HealthRouteTest {

    @Test
    void reportsEmbeddedDefaultsWithNoConfiguration() throws Exception {
        try (App app = TestApp.start(Map.of())) {
            var response = HttpClientSupport.get(app, "/health");
            JsonNode body = response.json();

            assertThat(response.status()).isEqualTo(200);
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("store").asText()).isEqualTo("sqlite");
            assertThat(body.path("model_provider").asText()).isEqualTo("none");
            assertThat(body.path("verify").path("sqlite").asBoolean()).isTrue();
            assertThat(body.path("verify").path("postgresql").asBoolean()).isFalse();
        }
    }

    @Test
    void reportsTheHeapAndCollectorTheJvmRunsWith() throws Exception {
        try (App app = TestApp.start(Map.of())) {
            JsonNode jvm = HttpClientSupport.get(app, "/health").json().path("jvm");

            assertThat(jvm.path("max_heap_mb").asLong()).isEqualTo(Runtime.getRuntime().maxMemory() / (1024 * 1024));
            assertThat(jvm.path("gc").size()).isPositive();
            assertThat(jvm.path("options").isArray()).isTrue();
        }
    }

    @Test
    void servesTheOpenApiDocumentNamingEveryRoute() throws Exception {
        try (App app = TestApp.start(Map.of())) {
            JsonNode doc = HttpClientSupport.get(app, "/openapi.json").json();

            assertThat(doc.path("openapi").asText()).startsWith("3.");
            assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/v1/chat", "/api/v1/design", "/api/v1/review",
                    "/api/v1/intent", "/api/v1/sessions/{id}", "/api/v1/sessions/{id}/artifacts.zip", "/api/v1/projects", "/api/v1/rules", "/health",
                    "/v1/chat/completions", "/v1/models", "/mcp");
        }
    }
}
