package dev.schemadesigner;

import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.TestApp;
import dev.schemadesigner.verify.ThrowawayNames;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit H4, 5.7: an instance killed with -9 in the middle of a check leaves its throw-away; the next
 * instance started on the same store and verify server sweeps it once it is older than any turn can
 * run. One test kills the real service mid-turn and restarts with a 1 s turn deadline (that sweep drops
 * stamped names older than 7 s: nothing else of this run is in flight then); the other dates the
 * leftover a day back, so the restart keeps the default deadline.
 */
class KillAndRestartSweepTest {

    @Test
    void anInstanceStartedAfterAKillMinus9DropsTheThrowawayTheKilledOneLeft() throws Exception {
        // given: a child JVM mid-check with a 200-table throw-away, killed
        String storeUrl = "jdbc:sqlite:" + TestApp.tempFile();
        Process child = new ProcessBuilder(ChildService.javaCommand(), "-cp", ChildService.classpath(), KilledInstanceLeftover.class.getName(), storeUrl, TestDatabases.postgresUrl())
                .redirectErrorStream(true).start();
        String name = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("THROWAWAY ")) {
                    name = line.substring("THROWAWAY ".length());
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(name).as("the child's throw-away").isNotNull();
        assertThat(ChildService.schemaExists(name)).as("left behind by kill -9").isTrue();
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).extracting(t -> t.name()).containsExactly(name);
        }

        // when: another instance starts on the same store and server
        try (App app = TestApp.start(Map.of("SD_DB_URL", storeUrl, "SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(),
                "SD_VERIFY_ALLOW_SUPERUSER", "true"))) {
            // then: the start-up sweep (a background thread) drops it and strikes it off
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ChildService.schemaExists(name) && System.nanoTime() < until) Thread.sleep(200);
            assertThat(ChildService.schemaExists(name)).as("swept at start").isFalse();
        }
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).isEmpty();
        }
    }

    @Test
    void aServiceKilledMinus9InABigDesignTurnLeavesItsThrowawayAndTheNextStartSweepsIt() throws Exception {
        // given: the service as a child JVM, verifying a 900-table project on PostgreSQL when it is killed
        Set<String> before = ChildService.throwawaySchemas();
        Instant started = Instant.now().minusSeconds(1);
        String storeUrl = "jdbc:sqlite:" + TestApp.tempFile();
        int port = ChildService.freePort();
        Process child = ChildService.start(port, storeUrl);
        String leftover;
        try {
            ChildService.awaitHealth(port);
            ChildService.designAsync(port, 900);
            leftover = ChildService.awaitNewThrowaway(before, started);
            Thread.sleep(1000); // mid-setup: tables are being created
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ChildService.schemaExists(leftover)).as("left behind by kill -9").isTrue();

        // when: another instance starts on the same store and server, with a 1 s turn deadline (stale after 7 s)
        Instant staleAt = ThrowawayNames.createdAt(leftover).orElseThrow().plusSeconds(2 * 1 + 5 + 1);
        long wait = Duration.between(Instant.now(), staleAt).toMillis();
        if (wait > 0) Thread.sleep(wait);
        try (App app = TestApp.start(Map.of("SD_DB_URL", storeUrl, "SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(),
                "SD_VERIFY_ALLOW_SUPERUSER", "true", "SD_TURN_DEADLINE_SECONDS", "1"))) {
            // then
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ChildService.schemaExists(leftover) && System.nanoTime() < until) Thread.sleep(200);
            assertThat(ChildService.schemaExists(leftover)).as("swept at start").isFalse();
        }
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).extracting(t -> t.name()).doesNotContain(leftover);
        }
    }
}
