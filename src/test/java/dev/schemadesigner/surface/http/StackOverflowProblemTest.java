package dev.schemadesigner.surface.http;

import dev.schemadesigner.Config;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.Verifier;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit M2: a StackOverflowError reached Jetty as a bare 500 with an empty body, since Problems mapped
 * only Exceptions. The readers now refuse deep input themselves (NestingLimitsTest); this is the last guard.
 */
class StackOverflowProblemTest {

    @Test
    void answersAStackOverflowWithABadRequestProblem() throws Exception {
        Config config = Config.from(Map.of("SD_DB_URL", "jdbc:sqlite:" + TestApp.tempFile()));
        try (SessionStore store = SessionStore.open(config.storeUrl())) {
            Conversation conversation = new Conversation(store, IntentDetector.withDefaultSkills(), ModelPlanner.forSettings(config.model()),
                    new Reviewer(), Verifier.of(config.verifyPostgresUrl(), config.verifyMariaDbUrl()), config.reviewDatabaseUrls());
            Javalin app = HttpServer.create(config, conversation, store.kind());
            app.get("/overflow", ctx -> overflow(0));
            app.start(0);
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/overflow")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(r.body()).contains("\"status\":400", "nests too deeply");
            } finally {
                app.stop();
            }
        }
    }

    private static int overflow(int depth) { return overflow(depth + 1) + 1; }
}
