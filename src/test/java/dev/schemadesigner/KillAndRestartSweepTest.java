package dev.schemadesigner;

import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.TestApp;
import dev.schemadesigner.verify.ThrowawayNames;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
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
        Process child = new ProcessBuilder(javaCommand(), "-cp", classpath(), KilledInstanceLeftover.class.getName(), storeUrl, TestDatabases.postgresUrl())
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

    @Test
    void aServiceKilledMinus9InABigDesignTurnLeavesItsThrowawayAndTheNextStartSweepsIt() throws Exception {
        // given: the service as a child JVM, verifying a 900-table project on PostgreSQL when it is killed
        Set<String> before = throwawaySchemas();
        Instant started = Instant.now().minusSeconds(1);
        String storeUrl = "jdbc:sqlite:" + TestApp.tempFile();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder service = new ProcessBuilder(javaCommand(), "-cp", classpath(), Main.class.getName()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        service.environment().putAll(Map.of("SD_PORT", String.valueOf(port), "SD_DB_URL", storeUrl,
                "SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(), "SD_VERIFY_ALLOW_SUPERUSER", "true"));
        Process child = service.start();
        String leftover;
        try {
            awaitHealth(port);
            String project = "{\"name\":\"big\",\"schema\":{\"format\":\"sql\",\"content\":"
                    + dev.schemadesigner.json.Json.write(dev.schemadesigner.bench.ImportRenderVerifyBenchmark.generated(900)) + "}}";
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/design"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"request\":\"add a NOT NULL notes column to entity_5\",\"project\":" + project + "}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            leftover = awaitNewThrowaway(before, started);
            Thread.sleep(1000); // mid-setup: tables are being created
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(schemaExists(leftover)).as("left behind by kill -9").isTrue();

        // when: another instance starts on the same store and server, with a 1 s turn deadline (stale after 7 s)
        Instant staleAt = ThrowawayNames.createdAt(leftover).orElseThrow().plusSeconds(2 * 1 + 5 + 1);
        long wait = Duration.between(Instant.now(), staleAt).toMillis();
        if (wait > 0) Thread.sleep(wait);
        try (App app = TestApp.start(Map.of("SD_DB_URL", storeUrl, "SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(),
                "SD_VERIFY_ALLOW_SUPERUSER", "true", "SD_TURN_DEADLINE_SECONDS", "1"))) {
            // then
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (schemaExists(leftover) && System.nanoTime() < until) Thread.sleep(200);
            assertThat(schemaExists(leftover)).as("swept at start").isFalse();
        }
        try (SessionStore store = SessionStore.open(storeUrl)) {
            assertThat(store.throwaways()).extracting(t -> t.name()).doesNotContain(leftover);
        }
    }

    private static String javaCommand() { return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"; }

    private static String classpath() { return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")); }

    private static void awaitHealth(int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            try {
                var r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                // the child is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the child service did not answer /health within 60 s");
    }

    /** The child's throw-away: a stamped schema made since the test started, not there before, once it holds tables. */
    private static String awaitNewThrowaway(Set<String> before, Instant since) throws SQLException, InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            for (String name : throwawaySchemas()) {
                if (before.contains(name) || ThrowawayNames.createdAt(name).map(t -> t.isBefore(since)).orElse(true)) continue;
                if (ThrowawayNames.instanceOf(name).orElse("").equals(ThrowawayNames.INSTANCE)) continue;
                if (tableCount(name) > 0) return name;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child service created no throw-away within 120 s");
    }

    private static Set<String> throwawaySchemas() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sd_verify_%'")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    private static int tableCount(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'")) {
            rs.next();
            return rs.getInt(1);
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
