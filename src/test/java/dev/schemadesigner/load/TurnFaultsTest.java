package dev.schemadesigner.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turns over loopback HTTP while something they depend on fails — the model provider (slow, 429, 500, dropped
 * connections, invalid plans; WireMock), the verification PostgreSQL (its connections terminated mid-turn), the
 * verification MariaDB (its connections killed mid-turn), the PostgreSQL store (its connections terminated during the
 * load, as a restart does): every turn is answered, either 200 or a clear 503/504 problem, never a 500 or a dropped
 * request, and afterwards every session holds exactly the turns its client was answered 200 for.
 * The databases are real; faults are injected from outside the service ({@code pg_terminate_backend}, {@code KILL}),
 * aimed at this test's connections only (by application name or login), so other tests sharing the servers are untouched.
 * Each scenario runs {@code -Dsd.faults.seconds} (8 by default) of load.
 */
class TurnFaultsTest {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("sd.faults.seconds", 8));
    private static final int SESSIONS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DESIGNS = {"Design a database schema for a library: books, authors, members and loans",
            "design the tables for a flight booking system", "Design database schema for pain point tracking"};

    private final List<String> dropSchemas = new ArrayList<>();

    @Test
    void everyTurnIsAnsweredWhileTheModelProviderFails() throws Exception {
        WireMockServer model = new WireMockServer(wireMockConfig().dynamicPort());
        model.start();
        try {
            // each request gets the next fault of the cycle: slow beyond the timeout, 429, 500, a dropped connection,
            // a closed connection, a plan for a table that does not exist, a plan that is not JSON
            List<ResponseDefinitionBuilder> faults = List.of(
                    completion("{\"changes\": []}").withFixedDelay(1_500),
                    aResponse().withStatus(429).withHeader("Retry-After", "0").withBody("{\"error\":{\"message\":\"rate limited\"}}"),
                    aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"internal\"}}"),
                    aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                    aResponse().withFault(Fault.EMPTY_RESPONSE),
                    completion("{\"changes\": [{\"op\": \"add_column\", \"table\": \"no_such_table\", "
                            + "\"column\": {\"name\": \"x\", \"type\": \"text\", \"nullable\": true}}], \"query_patterns\": [], \"rationale\": \"x\"}"),
                    completion("the plan is: add a column"));
            for (int i = 0; i < faults.size(); i++) {
                model.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("faults")
                        .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "fault-" + i)
                        .willReturn(faults.get(i)).willSetStateTo(i + 1 == faults.size() ? Scenario.STARTED : "fault-" + (i + 1)));
            }
            Map<String, String> env = Map.of("SD_MODEL_PROVIDER", "openai-compatible", "SD_MODEL_BASE_URL", model.baseUrl() + "/v1",
                    "SD_MODEL_TIMEOUT_SECONDS", "1", "SD_MODEL_MAX_RETRIES", "1");
            Outcome outcome = load(env, () -> { });

            assertThat(model.getAllServeEvents()).as("the model was asked").isNotEmpty();
            outcome.assertEveryTurnAnsweredAndStored();
            assertThat(outcome.statuses).as("a failing provider falls back to the rule planner: nothing but 200").containsOnlyKeys(200);
            assertThat(outcome.fallbacks.get()).as("replies saying the rule planner answered instead").isPositive();
        } finally {
            model.stop();
        }
    }

    @Test
    void everyTurnIsAnsweredWhileTheVerificationPostgresDropsItsConnections() throws Exception {
        String application = "sd_fault_verify_" + Long.toHexString(System.nanoTime());
        String verifyUrl = TestDatabases.postgresVerifyUrl() + "&ApplicationName=" + application;
        AtomicInteger terminated = new AtomicInteger();
        Outcome outcome = load(Map.of("SD_VERIFY_POSTGRES_URL", verifyUrl),
                () -> terminated.addAndGet(terminatePostgresBackends(application)));

        System.out.println("verification PostgreSQL: " + terminated.get() + " connections terminated mid-load");
        outcome.assertEveryTurnAnsweredAndStored();
        assertThat(terminated.get()).as("connections of the verifier were terminated during the load").isPositive();
    }

    @Test
    void everyTurnIsAnsweredWhileTheVerificationMariaDbDropsItsConnections() throws Exception {
        // a login of this test alone, with the verifier's rights (sd\_verify\_% databases only), so that only its
        // connections are killed and other tests using sd_verify on the same server are untouched
        String login = "sd_fault_" + Long.toHexString(System.nanoTime()).substring(0, 8);
        try (Connection c = DriverManager.getConnection(TestDatabases.mariadbUrl())) {
            c.createStatement().execute("CREATE USER '" + login + "'@'127.0.0.1' IDENTIFIED BY 'sd_fault'");
            c.createStatement().execute("GRANT ALL PRIVILEGES ON `sd\\_verify\\_%`.* TO '" + login + "'@'127.0.0.1'");
        }
        try {
            AtomicInteger killed = new AtomicInteger();
            Outcome outcome = load(Map.of("SD_VERIFY_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/?user=" + login + "&password=sd_fault"),
                    () -> killed.addAndGet(killMariaDbConnections(login)));

            System.out.println("verification MariaDB: " + killed.get() + " connections killed mid-load");
            outcome.assertEveryTurnAnsweredAndStored();
            assertThat(killed.get()).as("connections of the verifier were killed during the load").isPositive();
        } finally {
            try (Connection c = DriverManager.getConnection(TestDatabases.mariadbUrl())) {
                c.createStatement().execute("DROP USER IF EXISTS '" + login + "'@'127.0.0.1'");
            }
        }
    }

    @Test
    void noAnsweredTurnIsLostWhileTheStoreRestarts() throws Exception {
        String application = "sd_fault_store_" + Long.toHexString(System.nanoTime());
        String schema = "sd_fault_" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        dropSchemas.add(schema);
        String storeUrl = TestDatabases.postgresUrl() + "&currentSchema=" + schema + "&ApplicationName=" + application;
        AtomicInteger terminated = new AtomicInteger();
        Outcome outcome = load(Map.of("SD_DB_URL", storeUrl), () -> terminated.addAndGet(terminatePostgresBackends(application)));

        System.out.println("PostgreSQL store: " + terminated.get() + " connections terminated mid-load");
        outcome.assertEveryTurnAnsweredAndStored();
        assertThat(terminated.get()).as("connections of the store were terminated during the load").isPositive();
    }

    // ---- the load and what came of it

    /** What the clients saw: statuses, turns answered 200 per session, and answers that were not acceptable. */
    private record Outcome(Map<Integer, Integer> statuses, Map<String, Integer> answered, Queue<String> errors, AtomicInteger fallbacks,
                           Map<String, JsonNode> stored) {
        void assertEveryTurnAnsweredAndStored() {
            assertThat(errors).as("answers that were neither 200 nor a clear 503/504").isEmpty();
            assertThat(answered).as("sessions started").isNotEmpty();
            answered.forEach((id, turns) -> {
                JsonNode view = stored.get(id);
                assertThat(view.path("turns_total").asInt()).as("turns stored of session " + id).isEqualTo(turns);
            });
        }
    }

    private Outcome load(Map<String, String> env, Runnable fault) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Integer> answered = new ConcurrentHashMap<>();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger fallbacks = new AtomicInteger();
        Map<String, JsonNode> stored = new HashMap<>();
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("SD_TURN_DEADLINE_SECONDS", "20");
        try (App app = TestApp.start(all)) {
            Client client = new Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), app.port(), statuses, errors, fallbacks);
            ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
            faults.scheduleWithFixedDelay(fault, 700, 700, TimeUnit.MILLISECONDS);
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                int first = s;
                done.add(pool.submit(() -> {
                    for (int round = 0; System.nanoTime() < end; round++) client.session(DESIGNS[(first + round) % DESIGNS.length], answered);
                    return null;
                }));
            }
            try {
                for (Future<?> f : done) f.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
            } finally {
                faults.shutdownNow();
                faults.awaitTermination(10, TimeUnit.SECONDS);
                pool.shutdownNow();
            }
            // after the faults: every session reads back whole
            for (String id : answered.keySet()) stored.put(id, client.get("/api/v1/sessions/" + id));
        }
        System.out.println(String.format(Locale.ROOT, "faults %s: statuses %s, %d sessions, %d fallbacks, errors %d",
                env.keySet(), statuses, answered.size(), fallbacks.get(), errors.size()));
        return new Outcome(statuses, answered, errors, fallbacks, stored);
    }

    /** One client: a design turn, then changes in that session, counting the turns answered 200. */
    private record Client(HttpClient http, int port, Map<Integer, Integer> statuses, Queue<String> errors, AtomicInteger fallbacks) {

        void session(String design, Map<String, Integer> answered) throws Exception {
            JsonNode first = chat(JSON.createObjectNode().put("message", design));
            if (first == null) return;
            String id = first.path("session_id").asText();
            answered.put(id, 1);
            String table = first.path("schema").path("tables").path(0).path("name").asText();
            for (int c = 1; c <= 3; c++) {
                JsonNode reply = chat(JSON.createObjectNode().put("session_id", id)
                        .put("message", "now add a note_" + c + " column to the " + table + " table"));
                if (reply != null) answered.merge(id, 1, Integer::sum);
            }
        }

        /** The reply when answered 200; null for a clear 503/504 problem; anything else is an error. */
        JsonNode chat(ObjectNode body) throws Exception {
            HttpResponse<String> r;
            try {
                r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/chat")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                errors.add("no answer: " + e);
                return null;
            }
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 200) {
                JsonNode reply = JSON.readTree(r.body());
                // the planner note the reply opens with when a configured model could not plan the turn
                if (reply.path("text").asText().contains("rule planner answered")) fallbacks.incrementAndGet();
                return reply;
            }
            boolean clear = (r.statusCode() == 503 || r.statusCode() == 504) && !JSON.readTree(r.body()).path("detail").asText().isBlank();
            if (!clear) errors.add(r.statusCode() + " " + r.body());
            return null;
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        }
    }

    private static ResponseDefinitionBuilder completion(String content) {
        ObjectNode completion = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1).put("model", "m");
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(completion.toString());
    }

    // ---- the faults, from outside the service

    /** Terminates the PostgreSQL connections opened with {@code application} as their name, as a server restart would. */
    private static int terminatePostgresBackends(String application) {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE application_name = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, application);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kills the MariaDB connections of {@code login}, as a server that went away would end them. */
    private static int killMariaDbConnections(String login) {
        int killed = 0;
        try (Connection c = DriverManager.getConnection(TestDatabases.mariadbUrl())) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM information_schema.processlist WHERE user = ?")) {
                ps.setString(1, login);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) ids.add(rs.getLong(1));
            }
            for (long id : ids) {
                try {
                    c.createStatement().execute("KILL " + id);
                    killed++;
                } catch (java.sql.SQLException gone) {
                    // it ended on its own meanwhile
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return killed;
    }

    @AfterEach
    void dropStoreSchemas() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            for (String s : dropSchemas) c.createStatement().execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
    }
}
