package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.App;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP against a server started on port 0. */
final class HttpClientSupport {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpClientSupport() {}

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    static Response get(App app, String path, String... headers) throws Exception {
        return send(app, HttpRequest.newBuilder(uri(app, path)).GET(), headers);
    }

    static Response post(App app, String path, String body, String... headers) throws Exception {
        return send(app, HttpRequest.newBuilder(uri(app, path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), headers);
    }

    static Response put(App app, String path, String body, String... headers) throws Exception {
        return send(app, HttpRequest.newBuilder(uri(app, path)).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), headers);
    }

    static HttpResponse<byte[]> getBytes(App app, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(app, path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Response send(App app, HttpRequest.Builder builder, String... headers) throws Exception {
        for (int i = 0; i + 1 < headers.length; i += 2) builder.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = CLIENT.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static URI uri(App app, String path) { return URI.create("http://localhost:" + app.port() + path); }
}
