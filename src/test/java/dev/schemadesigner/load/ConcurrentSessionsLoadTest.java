package dev.schemadesigner.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 sessions at once over loopback HTTP for 20 s ({@code -Dsd.load.seconds=60} for longer), each repeating design →
 * change → change → review (a pasted migration, in the session) → intent, against the SQLite store and against
 * the PostgreSQL store: no request fails, and every turn a client was answered for is stored and readable after.
 * Prints p50/p99 per kind of turn. The Java runner is the load generator: 50 threads, one session each.
 */
class ConcurrentSessionsLoadTest {

    private static final int SESSIONS = 50;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("sd.load.seconds", 20));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DESIGNS = {"Design database schema for pain point tracking",
            "Design a database schema for a library: books, authors, members and loans",
            "design the tables for a flight booking system"};

    private final List<String> dropSchemas = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void fiftySessionsOfMixedTurnsAllAnsweredAndStored(String store) throws Exception {
        Map<String, String> env = store.equals("sqlite") ? Map.of() : Map.of("SD_DB_URL", postgresStore());
        Map<String, Queue<Double>> millis = new ConcurrentHashMap<>();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        Map<String, Integer> turnsAnswered = new ConcurrentHashMap<>();
        try (App app = TestApp.start(env)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Runner runner = new Runner(client, app.port(), millis, errors);
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                int client0 = s;
                done.add(pool.submit(() -> {
                    for (int round = 0; System.nanoTime() < end; round++) {
                        runner.session(DESIGNS[(client0 + round) % DESIGNS.length], turnsAnswered);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();

            // then: every answered turn is stored and readable
            for (Map.Entry<String, Integer> session : turnsAnswered.entrySet()) {
                JsonNode view = runner.get("/api/v1/sessions/" + session.getKey());
                assertThat(view.path("turns_total").asInt()).as("turns stored of session " + session.getKey()).isEqualTo(session.getValue());
                for (int n = 1; n <= session.getValue(); n++) {
                    assertThat(runner.get("/api/v1/sessions/" + session.getKey() + "/turns/" + n).path("number").asInt()).isEqualTo(n);
                }
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "load %s store, %d sessions, %d s:", store, SESSIONS, RUN.toSeconds()));
        millis.forEach((kind, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            line.append(String.format(Locale.ROOT, " %s n=%d p50 %.0f ms p99 %.0f ms;", kind, sorted.size(),
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1)));
        });
        System.out.println(line + " errors " + errors.size());
        assertThat(errors).isEmpty();
        assertThat(turnsAnswered).hasSizeGreaterThanOrEqualTo(SESSIONS);
    }

    /** One client's turns, timed per kind; a request that is not answered 200 is an error. */
    private record Runner(HttpClient client, int port, Map<String, Queue<Double>> millis, Queue<String> errors) {

        void session(String design, Map<String, Integer> turnsAnswered) throws Exception {
            JsonNode first = post("design", "/api/v1/chat", JSON.createObjectNode().put("message", design));
            if (first == null) return;
            String id = first.path("session_id").asText();
            turnsAnswered.put(id, 1);
            String table = first.path("schema").path("tables").path(0).path("name").asText();
            for (int c = 1; c <= 2; c++) {
                if (post("change", "/api/v1/chat", JSON.createObjectNode().put("session_id", id)
                        .put("message", "now add a note_" + c + " column to the " + table + " table")) == null) return;
                turnsAnswered.merge(id, 1, Integer::sum);
            }
            if (post("review", "/api/v1/chat", JSON.createObjectNode().put("session_id", id)
                    .put("message", "review this migration:\nALTER TABLE " + table + " ADD COLUMN rank integer NOT NULL;")) == null) return;
            turnsAnswered.merge(id, 1, Integer::sum);
            post("intent", "/api/v1/intent", JSON.createObjectNode().put("text", "should " + table + " have an index on note_1?"));
        }

        JsonNode post(String kind, String path, JsonNode body) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            millis.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1e6);
            if (r.statusCode() != 200) {
                errors.add(kind + " " + r.statusCode() + " " + r.body());
                return null;
            }
            return JSON.readTree(r.body());
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        }
    }

    /** The PostgreSQL store in a fresh schema of the test database, dropped after the test. */
    private String postgresStore() throws Exception {
        String schema = "sd_load_" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        try (var c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        dropSchemas.add(schema);
        return TestDatabases.postgresUrl() + "&currentSchema=" + schema;
    }

    @AfterEach
    void dropStoreSchemas() throws Exception {
        try (var c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            for (String s : dropSchemas) c.createStatement().execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
    }
}
