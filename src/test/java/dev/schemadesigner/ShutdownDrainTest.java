package dev.schemadesigner;

import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit H4, 5.6 and 5.8: {@code kill -TERM} while a turn verifies a big project. The service stops,
 * waiting (at most a turn's deadline) for the verification in flight, and drops what it still holds:
 * nothing is left for a sweep.
 */
class ShutdownDrainTest {

    @Test
    void aServiceStoppedWithTermMidTurnLeavesNoThrowawayBehind() throws Exception {
        // given: the service as a child JVM in the middle of verifying a 300-table project
        Set<String> before = ChildService.throwawaySchemas();
        Instant started = Instant.now().minusSeconds(1);
        String storeUrl = "jdbc:sqlite:" + TestApp.tempFile();
        int port = ChildService.freePort();
        Process child = ChildService.start(port, storeUrl);
        String inFlight;
        try {
            ChildService.awaitHealth(port);
            ChildService.designAsync(port, 300);
            inFlight = ChildService.awaitNewThrowaway(before, started);
        } finally {
            // when: SIGTERM, as kill -TERM sends it
            child.destroy();
        }

        // then
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("stopped within the turn deadline and the drops").isTrue();
        assertThat(ChildService.schemaExists(inFlight)).as("dropped on shutdown").isFalse();
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).extracting(t -> t.name()).doesNotContain(inFlight);
        }
    }
}
