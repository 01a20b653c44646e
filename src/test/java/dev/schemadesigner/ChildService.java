package dev.schemadesigner;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import dev.schemadesigner.verify.ThrowawayNames;

/** The service in a child JVM ({@link Main}), for tests that kill or stop it mid-turn, and what it leaves on PostgreSQL. */
final class ChildService {
    private ChildService() {}

    static Process start(int port, String storeUrl) throws IOException {
        ProcessBuilder service = new ProcessBuilder(javaCommand(), "-cp", classpath(), Main.class.getName()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        service.environment().putAll(Map.of("SD_PORT", String.valueOf(port), "SD_DB_URL", storeUrl,
                "SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(), "SD_VERIFY_ALLOW_SUPERUSER", "true"));
        return service.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** {@code POST /api/v1/design} with a generated project of {@code tables} tables; the reply is not waited for. */
    static void designAsync(int port, int tables) {
        String project = "{\"name\":\"big\",\"schema\":{\"format\":\"sql\",\"content\":"
                + dev.schemadesigner.json.Json.write(dev.schemadesigner.bench.ImportRenderVerifyBenchmark.generated(tables)) + "}}";
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/design"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"request\":\"add a NOT NULL notes column to entity_5\",\"project\":" + project + "}"))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    static String javaCommand() { return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"; }

    static String classpath() { return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")); }

    static void awaitHealth(int port) throws InterruptedException {
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
    static String awaitNewThrowaway(Set<String> before, Instant since) throws SQLException, InterruptedException {
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

    static Set<String> throwawaySchemas() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sd_verify_%'")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    static int tableCount(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static boolean schemaExists(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
