package dev.schemadesigner.surface.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.schemadesigner.surface.slack.SlackPlayer.appMention;
import static dev.schemadesigner.surface.slack.SlackPlayer.formOf;
import static dev.schemadesigner.surface.slack.SlackPlayer.signedEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** The Events API end to end: the real server, Slack's Web API played by WireMock, requests signed as Slack signs them. */
class SlackEventsTest {
    static final String REQUEST = "Add new table for customer notes linked to feedback_analysis";

    private static WireMockServer wireMock;
    private static SlackPlayer slack;
    private static App app;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        wireMock.start();
        slack = new SlackPlayer(wireMock);
        app = TestApp.start(Map.of("SD_SLACK_SIGNING_SECRET", SlackPlayer.SECRET, "SD_SLACK_BOT_TOKEN", "xoxb-test-token",
                "SD_SLACK_API_URL", slack.apiUrl()));
    }

    @AfterAll
    static void stop() {
        app.close();
        wireMock.stop();
    }

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        slack.answersNormally();
    }

    private static String newTs() { return Instant.now().getEpochSecond() + "." + String.format("%06d", (int) (Math.random() * 1_000_000)); }

    private static String newEventId() { return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(); }

    @Test
    void urlVerificationEchoesTheChallenge() throws Exception {
        String body = """
                {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        SlackPlayer.Sent sent = signedEvent(app, body);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("challenge").asText()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void aMentionIsAcknowledgedAtOnceAndAnsweredInItsThreadWithTheZip() throws Exception {
        String ts = newTs();

        SlackPlayer.Sent ack = signedEvent(app, appMention(newEventId(), ts, null, REQUEST));

        // then: the acknowledgement comes before the turn has answered (Slack allows 3 s; a turn may take longer)
        assertThat(ack.status()).isEqualTo(200);
        assertThat(slack.inThread("/api/chat.postMessage", ts)).isEmpty();
        LoggedRequest posted = slack.awaitInThread("/api/chat.postMessage", ts, 1).get(0);
        Map<String, String> message = formOf(posted);
        assertThat(posted.getHeader("Authorization")).isEqualTo("Bearer xoxb-test-token");
        assertThat(message.get("channel")).isEqualTo(SlackPlayer.CHANNEL);
        assertThat(message.get("thread_ts")).isEqualTo(ts);
        JsonNode blocks = Json.tree(message.get("blocks"));
        String all = blocks.toString();
        // the summary lists the plan's changes; the planner's choices are its own tests' business
        assertThat(all).contains("*Plan* (").contains("• create table");
        assertThat(all).contains("```").contains("def upgrade");
        assertThat(all).contains("verified");
        // the zip went up through the external upload flow, into the same thread
        Map<String, String> complete = formOf(slack.awaitInThread("/api/files.completeUploadExternal", ts, 1).get(0));
        assertThat(complete.get("channel_id")).isEqualTo(SlackPlayer.CHANNEL);
        assertThat(formOf(slack.requestsTo("/api/files.getUploadURLExternal").get(0)).get("filename")).endsWith(".zip");
        List<LoggedRequest> uploads = slack.requestsMatching(r -> r.getUrl().startsWith("/upload/v1/"));
        assertThat(uploads).isNotEmpty();
        assertThat(uploads.get(0).getBody()).startsWith(new byte[] {'P', 'K'});
    }

    @Test
    void theNextMessageInTheThreadContinuesItsSession() throws Exception {
        String root = newTs();
        signedEvent(app, appMention(newEventId(), root, null, REQUEST));
        String first = formOf(slack.awaitInThread("/api/chat.postMessage", root, 1).get(0)).get("blocks");

        signedEvent(app, appMention(newEventId(), newTs(), root, "add a column priority integer to feedback_analysis"));
        String second = formOf(slack.awaitInThread("/api/chat.postMessage", root, 2).get(1)).get("blocks");

        String session = sessionOf(first);
        assertThat(sessionOf(second)).isEqualTo(session);
        assertThat(second).contains("turn 2");
        // a new thread is a new session
        String other = newTs();
        signedEvent(app, appMention(newEventId(), other, null, REQUEST));
        String third = formOf(slack.awaitInThread("/api/chat.postMessage", other, 1).get(0)).get("blocks");
        assertThat(sessionOf(third)).isNotEqualTo(session);
    }

    @Test
    void aRetriedEventIsAnsweredOnce() throws Exception {
        String eventId = newEventId();
        String ts = newTs();
        String body = appMention(eventId, ts, null, REQUEST);

        assertThat(signedEvent(app, body).status()).isEqualTo(200);
        assertThat(signedEvent(app, body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").status()).isEqualTo(200);
        slack.awaitInThread("/api/chat.postMessage", ts, 1);
        assertThat(signedEvent(app, body, "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout").status()).isEqualTo(200);

        // the one answer's upload finishing shows the turn is over; no second turn ran
        slack.awaitInThread("/api/files.completeUploadExternal", ts, 1);
        Thread.sleep(300);
        assertThat(slack.inThread("/api/chat.postMessage", ts)).hasSize(1);
    }

    @Test
    void aDirectMessageIsAnsweredAndTheBotsOwnMessagesAreNot() throws Exception {
        String ts = newTs();
        assertThat(signedEvent(app, SlackPlayer.botMessage(newEventId(), newTs())).status()).isEqualTo(200);
        assertThat(signedEvent(app, SlackPlayer.directMessage(newEventId(), ts, "review my schema")).status()).isEqualTo(200);

        Map<String, String> answer = formOf(slack.awaitInThread("/api/chat.postMessage", ts, 1).get(0));

        assertThat(answer.get("channel")).isEqualTo("D0SD0DM01");
        Thread.sleep(300);
        assertThat(slack.requestsTo("/api/chat.postMessage").stream().filter(r -> "D0SD0DM01".equals(formOf(r).get("channel")))).hasSize(1);
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")).willSetStateTo("limited"));
        wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("limit").whenScenarioStateIs("limited")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0SD0CHAN\",\"ts\":\"1765130000.000300\"}")));

        String ts = newTs();
        signedEvent(app, appMention(newEventId(), ts, null, REQUEST));

        List<LoggedRequest> posts = slack.awaitInThread("/api/chat.postMessage", ts, 2);
        long waited = posts.get(1).getLoggedDate().getTime() - posts.get(0).getLoggedDate().getTime();
        assertThat(waited).as("ms between the 429 and the retry").isGreaterThanOrEqualTo(900);
        assertThat(formOf(posts.get(1)).get("blocks")).isEqualTo(formOf(posts.get(0)).get("blocks"));
    }

    @Test
    void aServerErrorIsRetriedAndOkFalseIsNot() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("down").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>")).willSetStateTo("up"));
        wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("down").whenScenarioStateIs("up")
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

        String ts = newTs();
        signedEvent(app, appMention(newEventId(), ts, null, REQUEST));

        slack.awaitInThread("/api/chat.postMessage", ts, 2);
        // the upload that follows the post shows the post is done; ok:false was not tried again
        slack.awaitInThread("/api/files.completeUploadExternal", ts, 1);
        assertThat(slack.inThread("/api/chat.postMessage", ts)).hasSize(2);
        assertThat(SlackPlayer.health(app)).isEqualTo(200);
    }

    private static String sessionOf(String blocks) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("session `([^`]+)`").matcher(blocks);
        assertThat(m.find()).as("a session id in " + blocks).isTrue();
        return m.group(1);
    }
}
