package dev.schemadesigner;

import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit H4, 5.7: an instance killed with -9 in the middle of a check leaves its throw-away; the next
 * instance started on the same store and verify server sweeps it, being older than any turn can run.
 */
class KillAndRestartSweepTest {

    @Test
    void anInstanceStartedAfterAKillMinus9DropsTheThrowawayTheKilledOneLeft() throws Exception {
        // given: a child JVM mid-check with a 200-table throw-away, killed
        String storeUrl = "jdbc:sqlite:" + TestApp.tempFile();
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, KilledInstanceLeftover.class.getName(), storeUrl, TestDatabases.postgresUrl())
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
        assertThat(schemaExists(name)).as("left behind by kill -9").isTrue();
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).extracting(t -> t.name()).containsExactly(name);
        }

        // when: another instance starts on the same store and server
        try (App app = TestApp.start(Map.of("SD_DB_URL", storeUrl, "SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(),
                "SD_VERIFY_ALLOW_SUPERUSER", "true"))) {
            // then: the start-up sweep (a background thread) drops it and strikes it off
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (schemaExists(name) && System.nanoTime() < until) Thread.sleep(200);
            assertThat(schemaExists(name)).as("swept at start").isFalse();
        }
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).isEmpty();
        }
    }

    private static boolean schemaExists(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
