package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Error answers in the API's own terms (audit L2: 1.5, 1.7, 1.29, 1.30) and the headers on every answer (4.10). */
class HttpErrorsTest {
    private static App app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aWrongMethodOnAKnownPathIs405WithAllow() throws Exception {
        // 1.29: was 404 "no route"
        HttpResponse<String> delete = send("DELETE", "/api/v1/chat");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(delete.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> put = send("PUT", "/api/v1/sessions");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(send("GET", "/api/v1/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void aPathJettyRejectsIsAProblemDocumentNotAnHtmlPage() {
        // 1.30: was Jetty's HTML "Bad Message 400"
        RawHttp.Answer answer = RawHttp.exchange(app.port(), "GET /.%2e/api/v1/sessions HTTP/1.1\nHost: localhost:" + app.port() + "\nConnection: close\n\n", 5000);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("<html");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void aNumberWhereAStringIsRequiredIs400() throws Exception {
        // 1.5: was 200, the number coerced to "5"
        var r = HttpClientSupport.post(app, "/api/v1/review", "{\"schema\":{\"format\":\"sql\",\"content\":5}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("content: must be a string");
    }

    @Test
    void problemDetailsNeverNameJavaClasses() throws Exception {
        // 1.7: details used to say dev.schemadesigner.change.AddColumn and java.util.ArrayList<dev.schemadesigner.chat.Source>
        String[] bodies = {
                "{\"message\":\"x\",\"fix\":{\"changes\":\"add\"}}",
                "{\"message\":\"x\",\"fix\":{\"changes\":[{\"op\":\"no_such_op\"}]}}",
                "{\"message\":\"x\",\"fix\":{\"changes\":[{\"op\":\"add_column\"}]}}",
                "{\"message\":\"x\",\"fix\":{\"changes\":[{\"op\":\"add_column\",\"table\":\"t\",\"column\":\"c\"}]}}",
        };
        for (String body : bodies) {
            var r = HttpClientSupport.post(app, "/api/v1/chat", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.body()).as(body).doesNotContain("dev.schemadesigner", "java.", "`");
        }
        var review = HttpClientSupport.post(app, "/api/v1/review", "{\"schema\":{\"format\":\"sql\",\"content\":\"create table t (id int);\"},\"migrations\":\"x\"}");
        assertThat(review.status()).isEqualTo(400);
        assertThat(review.body()).doesNotContain("dev.schemadesigner", "java.", "ArrayList");
        assertThat(review.json().path("detail").asText()).contains("migrations: must be an array");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        // 4.10: was none
        for (String path : new String[] {"/", "/app.js", "/styles.css", "/api/v1/rules", "/health", "/api/v1/nothing-here"}) {
            HttpResponse<String> r = send("GET", path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
        var refused = HttpClientSupport.post(app, "/api/v1/intent", "{}", "Origin", "http://attacker.example");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void healthSaysOnlyStatusWithoutTheConfiguredToken() throws Exception {
        // 4.7 (L4): /health without the token told the store kind, the model provider and the verify targets
        try (App guarded = TestApp.start(Map.of("SD_API_TOKEN", "s3cret"))) {
            var anonymous = HttpClientSupport.get(guarded, "/health");
            assertThat(anonymous.status()).isEqualTo(200);
            assertThat(anonymous.json().fieldNames()).toIterable().containsExactly("status");

            var wrong = HttpClientSupport.get(guarded, "/health", "Authorization", "Bearer nope");
            assertThat(wrong.json().fieldNames()).toIterable().containsExactly("status");

            var withToken = HttpClientSupport.get(guarded, "/health", "Authorization", "Bearer s3cret");
            assertThat(withToken.json().path("store").asText()).isEqualTo("sqlite");
            assertThat(withToken.json().path("verify").isObject()).isTrue();
        }
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
