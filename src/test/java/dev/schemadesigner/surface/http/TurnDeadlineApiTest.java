package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.store.SessionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit H3 / 5.4: a turn has a deadline and ends when its client goes away; either way its
 * verification is stopped (the statements running on PostgreSQL and MariaDB are ended, the
 * throw-aways dropped) and the turn is never stored. Before, a 300-table turn ran for minutes after
 * its client had given up, and was stored at the end.
 */
class TurnDeadlineApiTest {

    private App app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void aTurnPastItsDeadlineIsAnswered504AtTheDeadlineStoppedAndNeverStored() throws Exception {
        // given: a session on a 300-table project, whose turn verifies for many seconds, and a 2 s deadline
        String store = "jdbc:sqlite:" + TestApp.tempFile();
        Map<String, String> env = new HashMap<>(LargeProject.verifyEverywhere());
        env.put("SD_DB_URL", store);
        env.put("SD_TURN_DEADLINE_SECONDS", "2");
        app = TestApp.start(env);
        String session;
        try (SessionStore direct = SessionStore.open(store)) {
            session = direct.createSession(LargeProject.create(app, 300), "large").id();
        }
        Set<String> before = LargeProject.schemasOnVerifyServers();

        // when
        long start = System.nanoTime();
        var r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("session_id", session, "message", "add a notes column to entity_1")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("H3: a 2 s deadline answered after %d ms%n", millis);

        // then: answered at the deadline, not when verification would have finished
        assertThat(r.status()).as(r.body()).isEqualTo(504);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("within 2 s", "SD_TURN_DEADLINE_SECONDS", "nothing was stored");
        assertThat(millis).isLessThan(4_000);
        // the stopped verification cleans up after itself, and the turn is not stored later
        LargeProject.awaitNoNewSchemas(before, 15_000);
        Thread.sleep(1_000);
        assertThat(HttpClientSupport.get(app, "/api/v1/sessions/" + session).json().path("turns").size()).isZero();
    }

    @Test
    void aClientThatDisconnectsMidTurnStopsItsVerificationAndNothingIsStored() throws Exception {
        // given: a turn on a 300-table project that has started verifying on the databases
        app = TestApp.start(LargeProject.verifyEverywhere());
        String project = LargeProject.create(app, 300);
        Set<String> before = LargeProject.schemasOnVerifyServers();
        String body = Json.write(Map.of("project_id", project, "message", "add a notes column to entity_1"));
        long disconnected;
        try (Socket client = LargeProject.post(app, "/api/v1/chat", body)) {
            LargeProject.awaitNewSchema(before, 30_000);
            // when: the client goes away
            disconnected = System.nanoTime();
        }

        // then: the verification stops and drops its throw-aways within seconds (it had minutes of work left) ...
        LargeProject.awaitNoNewSchemas(before, 6_000);
        long stoppedMillis = (System.nanoTime() - disconnected) / 1_000_000;
        System.out.printf("H3: throw-aways dropped and none back for 2 s, %d ms after the client disconnected%n", stoppedMillis);
        Thread.sleep(1_000);
        // ... and the turn is not stored: no session was created for it
        assertThat(HttpClientSupport.get(app, "/api/v1/sessions").json().path("sessions").size())
                .as("stopped " + stoppedMillis + " ms after the disconnect").isZero();
    }
}
