package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void unknownRouteIsAProblemDocument() throws Exception {
        app = TestApp.start(Map.of());

        var r = HttpClientSupport.get(app, "/api/v1/nothing-here");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("/api/v1/nothing-here");
    }

    @Test
    void missingOrWrongTokenIsRefusedWhenATokenIsConfigured() throws Exception {
        app = TestApp.start(Map.of("SD_API_TOKEN", "s3cret"));

        var none = HttpClientSupport.get(app, "/api/v1/rules");
        var wrong = HttpClientSupport.get(app, "/api/v1/rules", "Authorization", "Bearer nope");
        var health = HttpClientSupport.get(app, "/health");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("detail").asText()).contains("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("detail").asText()).contains("not the one");
        assertThat(health.status()).as("health stays open for load balancers").isEqualTo(200);
    }

    @Test
    void bodyOverTheLimitIsRefusedAndTheServerKeepsServing() throws Exception {
        app = TestApp.start(Map.of());

        var r = HttpClientSupport.post(app, "/api/v1/chat", "{\"message\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("detail").asText()).contains("1048576 bytes");
        assertThat(HttpClientSupport.get(app, "/health").status()).isEqualTo(200);
    }
}
