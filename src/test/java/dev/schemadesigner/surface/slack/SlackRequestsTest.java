package dev.schemadesigner.surface.slack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.schemadesigner.App;
import dev.schemadesigner.Config;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static dev.schemadesigner.surface.slack.SlackPlayer.SECRET;
import static dev.schemadesigner.surface.slack.SlackPlayer.appMention;
import static dev.schemadesigner.surface.slack.SlackPlayer.send;
import static dev.schemadesigner.surface.slack.SlackPlayer.signature;
import static dev.schemadesigner.surface.slack.SlackPlayer.signedCommand;
import static dev.schemadesigner.surface.slack.SlackPlayer.signedEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests that must not run a turn (unsigned, badly signed, stale, replayed, malformed) each get their
 * 4xx and the server keeps serving; the slash command answers through its response_url; and the
 * routes say so when Slack is not configured.
 */
class SlackRequestsTest {
    private static WireMockServer wireMock;
    private static SlackPlayer slack;
    private static App app;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        wireMock.start();
        slack = new SlackPlayer(wireMock);
        app = TestApp.start(Map.of("SD_SLACK_SIGNING_SECRET", SECRET, "SD_SLACK_BOT_TOKEN", "xoxb-test-token",
                "SD_SLACK_API_URL", slack.apiUrl(), "SD_PUBLIC_URL", "https://schema.example.com/"));
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

    private static final String MENTION = appMention("Ev0SDREFUSE", "1765130000.000100", null, "add a table for customer notes");

    @Test
    void aRequestSignedWithAnotherSecretIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();

        SlackPlayer.Sent sent = send(app, "/slack/events", "application/json", MENTION,
                "X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature("not-the-secret", now, MENTION));

        assertRefused(sent, "X-Slack-Signature does not match");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signed = signature(SECRET, now, MENTION);

        SlackPlayer.Sent sent = send(app, "/slack/events", "application/json", MENTION.replace("customer notes", "customer secrets"),
                "X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signed);

        assertRefused(sent, "does not match");
    }

    @Test
    void aRequestWithoutSignatureHeadersIsRefused() throws Exception {
        assertRefused(send(app, "/slack/events", "application/json", MENTION), "no X-Slack-Request-Timestamp");
        assertRefused(send(app, "/slack/events", "application/json", MENTION, "X-Slack-Request-Timestamp", Long.toString(Instant.now().getEpochSecond())),
                "no X-Slack-Signature");
        assertRefused(send(app, "/slack/events", "application/json", MENTION, "X-Slack-Request-Timestamp", "yesterday", "X-Slack-Signature", "v0=00"),
                "not a Unix time");
        long now = Instant.now().getEpochSecond();
        String command = slack.command("add a table", "/commands/T0SD00001/1234/unsigned");
        assertRefused(send(app, "/slack/commands", "application/x-www-form-urlencoded", command,
                "X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature("not-the-secret", now, command)), "does not match");
    }

    @Test
    void aCorrectlySignedRequestOlderThanFiveMinutesIsRefusedSoItCannotBeReplayed() throws Exception {
        long then = Instant.now().getEpochSecond() - 301;

        SlackPlayer.Sent sent = send(app, "/slack/events", "application/json", MENTION,
                "X-Slack-Request-Timestamp", Long.toString(then), "X-Slack-Signature", signature(SECRET, then, MENTION));

        assertRefused(sent, "more than 5 minutes from now");
        assertThat(sent.body()).contains("signed 30"); // 301 s (or 302 on a slow second) ago
    }

    @Test
    void aRequestReplayedWithinFiveMinutesRunsNoSecondTurn() throws Exception {
        long now = Instant.now().getEpochSecond();
        String[] headers = {"X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature(SECRET, now, MENTION)};

        assertThat(send(app, "/slack/events", "application/json", MENTION, headers).status()).isEqualTo(200);
        slack.awaitInThread("/api/chat.postMessage", "1765130000.000100", 1);
        assertThat(send(app, "/slack/events", "application/json", MENTION, headers).status()).isEqualTo(200);

        Thread.sleep(500);
        assertThat(slack.inThread("/api/chat.postMessage", "1765130000.000100")).hasSize(1);
    }

    @Test
    void malformedSignedBodiesAre400AndTheServerKeepsServing() throws Exception {
        SlackPlayer.Sent notJson = signedEvent(app, "{\"type\":\"event_callback\",");
        SlackPlayer.Sent noEvent = signedEvent(app, "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}");
        SlackPlayer.Sent unknownType = signedEvent(app, "{\"type\":\"block_actions\"}");
        SlackPlayer.Sent array = signedEvent(app, "[1,2]");
        SlackPlayer.Sent noResponseUrl = signedCommand(app, "command=%2Fschema&text=add+a+table");

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(noEvent.status()).isEqualTo(400);
        assertThat(noEvent.body()).contains("event");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body()).contains("block_actions");
        assertThat(array.status()).isEqualTo(400);
        assertThat(noResponseUrl.status()).isEqualTo(400);
        assertThat(noResponseUrl.body()).contains("response_url");
        assertThat(SlackPlayer.health(app)).isEqualTo(200);
        assertThat(signedEvent(app, "{\"type\":\"url_verification\",\"challenge\":\"still-here\"}").json().path("challenge").asText()).isEqualTo("still-here");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String huge = "{\"type\":\"url_verification\",\"challenge\":\"" + "x".repeat((int) Config.DEFAULT_MAX_BODY_BYTES) + "\"}";

        SlackPlayer.Sent sent = signedEvent(app, huge);

        assertThat(sent.status()).isEqualTo(413);
        assertThat(SlackPlayer.health(app)).isEqualTo(200);
    }

    @Test
    void theSlashCommandAcknowledgesAndAnswersThroughItsResponseUrlWithALinkToTheZip() throws Exception {
        SlackPlayer.Sent ack = signedCommand(app, slack.command(SlackEventsTest.REQUEST, "/commands/T0SD00001/1234/abcd"));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().path("text").asText()).startsWith("Working on: Add new table");
        LoggedRequest answer = slack.awaitRequests("/commands/T0SD00001/1234/abcd", 1).get(0);
        var payload = Json.tree(answer.getBodyAsString());
        assertThat(payload.path("response_type").asText()).isEqualTo("in_channel");
        String blocks = payload.path("blocks").toString();
        assertThat(blocks).contains("• create table").contains("def upgrade");
        // SD_PUBLIC_URL is set: the zip is a link to this service, not an upload
        assertThat(blocks).containsPattern("https://schema.example.com/api/v1/sessions/[^/]+/artifacts.zip");
        Thread.sleep(300);
        assertThat(slack.requestsTo("/api/files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void anEmptySlashCommandExplainsItselfToTheCallerOnly() throws Exception {
        SlackPlayer.Sent ack = signedCommand(app, slack.command("  ", "/commands/T0SD00001/1234/empty"));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.json().path("text").asText()).contains("/schema");
    }

    @Test
    void withoutASigningSecretTheSlackRoutesSayTheyAreNotConfigured() throws Exception {
        App plain = TestApp.start(Map.of());
        try {
            SlackPlayer.Sent sent = send(plain, "/slack/events", "application/json", MENTION);
            assertThat(sent.status()).isEqualTo(503);
            assertThat(sent.body()).contains("SD_SLACK_SIGNING_SECRET");
            assertThat(send(plain, "/slack/commands", "application/x-www-form-urlencoded", "text=x").status()).isEqualTo(503);
        } finally {
            plain.close();
        }
    }

    @Test
    void aSigningSecretWithoutABotTokenIsRefusedAtStart() {
        assertThatThrownBy(() -> Config.from(Map.of("SD_SLACK_SIGNING_SECRET", SECRET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SD_SLACK_BOT_TOKEN");
    }

    private static void assertRefused(SlackPlayer.Sent sent, String reason) throws Exception {
        assertThat(sent.status()).isEqualTo(401);
        assertThat(sent.json().path("detail").asText()).contains(reason);
        assertThat(slack.inThread("/api/chat.postMessage", "1765130000.000100")).isEmpty();
    }
}
