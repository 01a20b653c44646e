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

/** Content type, Origin, Sec-Fetch-Site and Host: what keeps other sites' pages from driving the API (audit 2.25, 4.8, 1.28). */
class BrowserRequestsTest {
    private static final String INTENT = "{\"text\":\"add a notes column to orders\"}";
    private static App app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of("SD_ALLOWED_ORIGINS", "https://designer.example.org"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void jsonBodiesWithoutTheJsonMediaTypeAre415() throws Exception {
        // 2.25 (C3): no Content-Type, as a no-cors fetch of a Blob sends it, and types that merely mention json
        assertThat(postRaw(null).statusCode()).isEqualTo(415);
        for (String type : new String[] {"text/plain; x=json", "application/x-www-form-urlencoded; json", "text/plain", "application/jsonx", "application/problem+json"}) {
            HttpResponse<String> r = postRaw(type);
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void aCharsetOtherThanUtf8Is415NamingIt() throws Exception {
        // 1.28: was 422 "bogus"
        HttpResponse<String> bogus = postRaw("application/json; charset=bogus");
        assertThat(bogus.statusCode()).isEqualTo(415);
        assertThat(bogus.body()).contains("charset bogus");
        assertThat(postRaw("application/json; charset=ISO-8859-1").statusCode()).isEqualTo(415);
    }

    @Test
    void applicationJsonWithParametersIsAccepted() throws Exception {
        assertThat(postRaw("application/json").statusCode()).isEqualTo(200);
        assertThat(postRaw("Application/JSON; charset=\"UTF-8\"").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherOriginIs403AndTheOwnOrAnAllowedOriginPasses() throws Exception {
        var foreign = HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Origin", "http://attacker.example");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().path("detail").asText()).contains("http://attacker.example", "SD_ALLOWED_ORIGINS");
        // another port on the same machine is another origin
        assertThat(HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Origin", "http://localhost:1").status()).isEqualTo(403);
        assertThat(HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Origin", "null").status()).isEqualTo(403);
        assertThat(HttpClientSupport.get(app, "/api/v1/rules", "Origin", "http://attacker.example").status()).isEqualTo(403);

        assertThat(HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Origin", "http://localhost:" + app.port()).status()).isEqualTo(200);
        assertThat(HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Origin", "https://designer.example.org").status()).isEqualTo(200);
    }

    @Test
    void aStateChangingRequestTheBrowserMarksCrossSiteIs403() throws Exception {
        var post = HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Sec-Fetch-Site", "cross-site");
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().path("detail").asText()).contains("Sec-Fetch-Site: cross-site");
        assertThat(HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Sec-Fetch-Site", "same-site").status()).isEqualTo(403);
        assertThat(HttpClientSupport.post(app, "/api/v1/intent", INTENT, "Sec-Fetch-Site", "same-origin").status()).isEqualTo(200);
        // reading is harmless: a link from another site to the UI still opens it
        assertThat(HttpClientSupport.get(app, "/", "Sec-Fetch-Site", "cross-site").status()).isEqualTo(200);
    }

    @Test
    void aHostThisServerDoesNotAnswerToIsRefused() {
        // 4.8: DNS rebinding: a name the attacker points at 127.0.0.1
        RawHttp.Answer rebound = RawHttp.exchange(app.port(), "GET /api/v1/sessions HTTP/1.1\nHost: attacker.example:" + app.port() + "\nConnection: close\n\n", 5000);
        assertThat(rebound.status()).isEqualTo(421);
        assertThat(rebound.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rebound.body()).contains("attacker.example");
        assertThat(RawHttp.exchange(app.port(), "GET /health HTTP/1.1\nHost: attacker.example\nConnection: close\n\n", 5000).status()).isEqualTo(421);
        assertThat(RawHttp.exchange(app.port(), "GET / HTTP/1.1\nHost: localhost:1\nConnection: close\n\n", 5000).status()).isEqualTo(421);

        for (String host : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
            assertThat(RawHttp.exchange(app.port(), "GET /health HTTP/1.1\nHost: " + host + ":" + app.port() + "\nConnection: close\n\n", 5000).status()).as(host).isEqualTo(200);
        }
        // the host of an allowed origin, as a reverse proxy in front of the server passes it on
        assertThat(RawHttp.exchange(app.port(), "GET /health HTTP/1.1\nHost: designer.example.org\nConnection: close\n\n", 5000).status()).isEqualTo(200);
    }

    private static HttpResponse<String> postRaw(String contentType) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/intent"))
                .POST(HttpRequest.BodyPublishers.ofString(INTENT));
        if (contentType != null) builder.header("Content-Type", contentType);
        return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
