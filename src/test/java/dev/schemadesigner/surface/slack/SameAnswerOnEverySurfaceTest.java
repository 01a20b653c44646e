package dev.schemadesigner.surface.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.schemadesigner.App;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.cli.Cli;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request through the chat API, Slack and the CLI gives the same plan, findings and artifacts:
 * each surface renders the same {@link Reply}. The chat API's reply and zip are the reference; Slack's
 * posted message and uploaded zip are captured by WireMock; the CLI writes its files to a folder.
 */
class SameAnswerOnEverySurfaceTest {
    static final String REQUEST = SlackEventsTest.REQUEST;

    private static WireMockServer wireMock;
    private static SlackPlayer slack;
    private static App app;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        wireMock.start();
        slack = new SlackPlayer(wireMock);
        slack.answersNormally();
        app = TestApp.start(Map.of("SD_SLACK_SIGNING_SECRET", SlackPlayer.SECRET, "SD_SLACK_BOT_TOKEN", "xoxb-test-token",
                "SD_SLACK_API_URL", slack.apiUrl()));
    }

    @AfterAll
    static void stop() {
        app.close();
        wireMock.stop();
    }

    @Test
    void chatSlackAndTheCliAgreeOnPlanFindingsAndArtifacts() throws Exception {
        // the chat API: the reference reply and its project zip
        SlackPlayer.Sent chat = SlackPlayer.send(app, "/api/v1/chat", "application/json", Json.write(Map.of("message", REQUEST)));
        assertThat(chat.status()).isEqualTo(200);
        Reply reference = Json.read(chat.body(), Reply.class);
        assertThat(reference.plan().changes()).isNotEmpty();
        Map<String, String> referenceFiles = unzip(get("/api/v1/sessions/" + reference.sessionId() + "/artifacts.zip"));
        assertThat(referenceFiles).isNotEmpty();

        // Slack: the posted message and the uploaded zip
        String ts = "1765131111.000100";
        SlackPlayer.signedEvent(app, SlackPlayer.appMention("Ev0SDSAME01", ts, null, REQUEST));
        String blocks = SlackPlayer.formOf(slack.awaitInThread("/api/chat.postMessage", ts, 1).get(0)).get("blocks");
        slack.awaitInThread("/api/files.completeUploadExternal", ts, 1);
        LoggedRequest upload = slack.requestsMatching(r -> r.getUrl().startsWith("/upload/v1/")).get(0);
        Map<String, String> slackFiles = unzip(upload.getBody());

        // the CLI: the files it writes, and what it prints
        Path out = dir.resolve("project");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"design", REQUEST, "--out", out.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Cli.CLEAN);
        Map<String, String> cliFiles = folder(out);
        String cliText = printed.toString(StandardCharsets.UTF_8);

        // then: the same plan
        JsonNode slackBlocks = Json.tree(blocks);
        assertThat(slackBlocks.get(0).path("text").path("text").asText()).isEqualTo(SlackMessages.summary(reference));
        reference.plan().changes().forEach(op -> assertThat(cliText).contains(op.describe()));
        // the same findings, in the text Slack shows (the JSON decoded, so characters the SDK escapes compare as themselves)
        String slackText = String.join("\n", slackBlocks.findValues("text").stream().map(n -> n.isTextual() ? n.asText() : n.path("text").asText()).toList());
        for (var f : reference.findings()) {
            assertThat(slackText).contains("`" + f.rule() + "` " + f.object() + ": " + SlackMessages.escape(f.message()));
            assertThat(cliText).contains(f.rule()).contains(f.object());
        }
        // the same artifacts, file for file
        assertThat(slackFiles).isEqualTo(referenceFiles);
        assertThat(cliFiles).isEqualTo(referenceFiles);
        String migration = SlackMessages.migration(reference).orElseThrow().content();
        assertThat(slackBlocks.toString()).contains(Json.write(migration).substring(1, Math.min(400, migration.length())));
    }

    private static byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> folder(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
        return files;
    }
}
