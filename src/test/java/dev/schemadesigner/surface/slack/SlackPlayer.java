package dev.schemadesigner.surface.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Slack on both sides of a test: it signs requests the way Slack does (HMAC-SHA256 written out here,
 * independently of the SDK the server uses) and plays Slack's Web API in WireMock with the shapes of
 * Slack's documented responses.
 */
final class SlackPlayer {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TEAM = "T0SD00001";
    static final String CHANNEL = "C0SD0CHAN";
    static final String BOT = "U0SD0BOT1";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final WireMockServer wireMock;

    SlackPlayer(WireMockServer wireMock) { this.wireMock = wireMock; }

    String apiUrl() { return "http://localhost:" + wireMock.port() + "/api/"; }

    /** The Web API answering as Slack does when all is well. */
    void answersNormally() {
        wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(okJson("""
                {"ok":true,"channel":"%s","ts":"1765130000.000200","message":{"type":"message","subtype":"bot_message","text":"…","ts":"1765130000.000200","bot_id":"B0SD0BOT"}}"""
                .formatted(CHANNEL))));
        wireMock.stubFor(post(urlEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson("""
                {"ok":true,"upload_url":"http://localhost:%d/upload/v1/ABCDEFGH","file_id":"F0SD0FILE"}""".formatted(wireMock.port()))));
        wireMock.stubFor(post(urlPathMatching("/upload/v1/.*")).willReturn(aResponse().withStatus(200).withBody("OK - 2048")));
        wireMock.stubFor(post(urlEqualTo("/api/files.completeUploadExternal")).willReturn(okJson("""
                {"ok":true,"files":[{"id":"F0SD0FILE","title":"schema-designer.zip"}]}""")));
        wireMock.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    // ---- requests as Slack sends them ----

    static String appMention(String eventId, String ts, String threadTs, String text) {
        return event(eventId, """
                {"type":"app_mention","user":"U0SD0USER","text":"<@%s> %s","ts":"%s",%s"channel":"%s","event_ts":"%s"}"""
                .formatted(BOT, text, ts, threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",", CHANNEL, ts));
    }

    static String directMessage(String eventId, String ts, String text) {
        return event(eventId, """
                {"type":"message","channel":"D0SD0DM01","user":"U0SD0USER","text":"%s","ts":"%s","event_ts":"%s","channel_type":"im"}"""
                .formatted(text, ts, ts));
    }

    static String botMessage(String eventId, String ts) {
        return event(eventId, """
                {"type":"message","subtype":"bot_message","channel":"D0SD0DM01","bot_id":"B0SD0BOT","text":"Plan: add table","ts":"%s","channel_type":"im"}"""
                .formatted(ts));
    }

    private static String event(String eventId, String event) {
        return """
                {"token":"XXYYZZ","team_id":"%s","api_app_id":"A0SD0APP","event":%s,"type":"event_callback","event_id":"%s","event_time":%d,
                 "authorizations":[{"team_id":"%s","user_id":"%s","is_bot":true}],"event_context":"4-eyJldCI6ImFwcF9tZW50aW9uIn0"}"""
                .formatted(TEAM, event, eventId, Instant.now().getEpochSecond(), TEAM, BOT);
    }

    String command(String text, String responsePath) {
        return form(Map.of("token", "gIkuvaNzQIHg97ATvDxqgjtO", "team_id", TEAM, "channel_id", CHANNEL, "channel_name", "schema",
                "user_id", "U0SD0USER", "command", "/schema", "text", text, "api_app_id", "A0SD0APP",
                "response_url", "http://localhost:" + wireMock.port() + responsePath, "trigger_id", "13345224609.738474920.8088930838d88f008e0"));
    }

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Sent(int status, String body) {
        JsonNode json() throws Exception { return Json.tree(body); }
    }

    static Sent send(App app, String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Sent(response.statusCode(), response.body());
    }

    static int health(App app) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A request signed now with the app's secret, as Slack signs it. */
    static Sent signed(App app, String path, String contentType, String body, String... extraHeaders) throws Exception {
        long now = Instant.now().getEpochSecond();
        String[] headers = new String[4 + extraHeaders.length];
        headers[0] = "X-Slack-Request-Timestamp";
        headers[1] = Long.toString(now);
        headers[2] = "X-Slack-Signature";
        headers[3] = signature(SECRET, now, body);
        System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
        return send(app, path, contentType, body, headers);
    }

    static Sent signedEvent(App app, String body, String... extraHeaders) throws Exception {
        return signed(app, "/slack/events", "application/json", body, extraHeaders);
    }

    static Sent signedCommand(App app, String body) throws Exception {
        return signed(app, "/slack/commands", "application/x-www-form-urlencoded", body);
    }

    // ---- what the server sent Slack ----

    List<LoggedRequest> requestsTo(String path) {
        return wireMock.findAll(postRequestedFor(urlEqualTo(path)));
    }

    List<LoggedRequest> requestsMatching(Predicate<LoggedRequest> which) {
        return wireMock.findAll(anyRequestedFor(urlPathMatching(".*"))).stream().filter(which).toList();
    }

    /** Waits (up to a turn's time) until {@code count} requests went to {@code path}. */
    List<LoggedRequest> awaitRequests(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<LoggedRequest> found = requestsTo(path);
            if (found.size() >= count) return found;
            Thread.sleep(50);
        }
        throw new AssertionError("Slack's " + path + " got " + requestsTo(path).size() + " requests, expected " + count);
    }

    /** The form-encoded calls to {@code path} about one thread (tests share the server, so earlier tests' calls may still arrive). */
    List<LoggedRequest> inThread(String path, String threadTs) {
        return requestsTo(path).stream().filter(r -> threadTs.equals(formOf(r).get("thread_ts"))).toList();
    }

    List<LoggedRequest> awaitInThread(String path, String threadTs, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<LoggedRequest> found = inThread(path, threadTs);
            if (found.size() >= count) return found;
            Thread.sleep(50);
        }
        throw new AssertionError("Slack's " + path + " got " + inThread(path, threadTs).size() + " requests in thread " + threadTs + ", expected " + count);
    }

    /** A form-encoded Web API call's parameters. */
    static Map<String, String> formOf(LoggedRequest request) { return parseForm(request.getBodyAsString()); }

    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static String form(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
