package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.store.SessionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit 5.4 (M1): a turn waits only for its own session's previous turn, and only for a bounded time.
 * Before, session ids were hashed onto 64 shared monitors: a slow turn blocked every session on its
 * stripe (90 s seen) and a second turn on the slow session waited without bound.
 */
class SessionLocksApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void aSlowTurnHoldsOnlyItsOwnSessionAndASecondTurnThereIsRefusedWith409AfterTheWait() throws Exception {
        // given: S1 on a 500-table project (its turn verifies for many seconds on PostgreSQL and MariaDB)
        // and S2 on the bundled project, whose ids fall on the same one of the old 64 lock stripes
        String store = "jdbc:sqlite:" + TestApp.tempFile();
        Map<String, String> env = new HashMap<>(LargeProject.verifyEverywhere());
        env.put("SD_DB_URL", store);
        env.put("SD_SESSION_LOCK_WAIT_SECONDS", "1");
        app = TestApp.start(env);
        String large = LargeProject.create(app, 500);
        String s1;
        String s2;
        try (SessionStore direct = SessionStore.open(store)) {
            s1 = direct.createSession(large, "slow").id();
            String candidate;
            do candidate = direct.createSession(ProjectContext.BUNDLED_ID, "quick").id(); while (oldStripe(candidate) != oldStripe(s1));
            s2 = candidate;
        }
        // when: S1's turn (streamed) is verifying: its stream has reached the generate stage ...
        Set<String> before = LargeProject.schemasOnVerifyServers();
        Socket slow = LargeProject.post(app, "/api/v1/chat", Json.write(Map.of("session_id", s1, "message", "add a notes column to entity_1")),
                "Accept", "text/event-stream");
        BufferedReader stream = new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.UTF_8));
        for (String line = stream.readLine(); !"event: generate".equals(line); line = stream.readLine()) {
            if (line == null) throw new AssertionError("S1's stream ended before its generate stage");
        }
        CompletableFuture<String> slowEnd = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = stream.readLine(); line != null; line = stream.readLine()) if (line.startsWith("event: ")) return line;
            } catch (java.io.IOException e) {
                return "closed";
            }
            return "closed";
        });
        // ... a turn on S2 and a second turn on S1
        long start = System.nanoTime();
        HttpResponse<String> quick = CLIENT.send(request(s2, "add a priority column to feedback_analysis").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        long quickMillis = (System.nanoTime() - start) / 1_000_000;
        boolean slowStillRunning = !slowEnd.isDone();
        start = System.nanoTime();
        HttpResponse<String> second = CLIENT.send(request(s1, "add a remarks column to entity_2").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        long secondMillis = (System.nanoTime() - start) / 1_000_000;
        boolean slowStillRunningAfterSecond = !slowEnd.isDone();
        slow.close();
        System.out.printf("5.4: S2 answered in %d ms while S1 ran; S1's second turn refused after %d ms%n", quickMillis, secondMillis);

        // then: S2 answered while S1 still ran, and S1's second turn was refused once the 1 s wait was over
        assertThat(quick.statusCode()).as(quick.body()).isEqualTo(200);
        assertThat(slowStillRunning).as("S2 answered in " + quickMillis + " ms while S1's turn still ran").isTrue();
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.tree(second.body()).path("detail").asText()).contains("busy with its previous turn", "SD_SESSION_LOCK_WAIT_SECONDS");
        assertThat(second.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(secondMillis).as("the second turn waited the configured 1 s, not for S1's turn").isBetween(900L, 5_000L);
        assertThat(slowStillRunningAfterSecond).isTrue();
        // and S1's turn, whose stream the client closed, stopped and dropped its throw-aways
        LargeProject.awaitNoNewSchemas(before, 8_000);
    }

    /** The stripe the old {@code Conversation.lockFor} chose: {@code floorMod(id.hashCode(), 64)}. */
    private static int oldStripe(String sessionId) { return Math.floorMod(sessionId.hashCode(), 64); }

    private HttpRequest.Builder request(String session, String message) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("session_id", session, "message", message))));
    }
}
