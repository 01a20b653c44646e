package dev.schemadesigner.bench;

import dev.schemadesigner.App;
import dev.schemadesigner.Config;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.SeedRows;
import dev.schemadesigner.verify.Throwaways;
import dev.schemadesigner.verify.Verification;
import dev.schemadesigner.verify.Verifier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the server's cold start to first answer, and p50/p99 of deterministic design turns over
 * real HTTP (new session per turn: intent, RulePlanner, review ⇄ fix, every generator, SQLite
 * verification, store write). Embedded defaults: SQLite store, no model, no external database.
 * Then where a turn's time goes: the same turn in process, the median time between its stages and
 * of each verification step.
 */
public final class ChatTurnBenchmark {
    private ChatTurnBenchmark() {}

    private static final String MESSAGE = "Design database schema for pain point tracking";
    private static final String BODY = "{\"message\":\"" + MESSAGE + "\"}";
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    /** {@code --in-process}: the breakdown alone, without the HTTP figures. */
    public static void main(String[] args) throws Exception {
        String seedRows = System.getenv().getOrDefault("SD_VERIFY_SEED_ROWS", String.valueOf(SeedRows.DEFAULT_ROWS));
        if (!Arrays.asList(args).contains("--in-process")) overHttp(seedRows);
        breakdown(Integer.parseInt(seedRows));
    }

    private static void overHttp(String seedRows) throws Exception {
        Path store = Files.createTempFile("sd-bench-", ".db");
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        // SD_VERIFY_SEED_ROWS=0 measures the turn without seeded verification, for a before/after figure
        App app = App.create(Config.from(Map.of("SD_DB_URL", "jdbc:sqlite:" + store, "SD_VERIFY_SEED_ROWS", seedRows))).start(0);
        System.out.println("benchmark chat SD_VERIFY_SEED_ROWS=" + seedRows);
        double startedMs = (System.nanoTime() - start) / 1e6;
        send(client, app.port());
        double firstAnswerMs = (System.nanoTime() - start) / 1e6;
        try {
            for (int i = 0; i < WARM_UP; i++) send(client, app.port());
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                send(client, app.port());
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "benchmark chat cold start: server up %.0f ms, first answer %.0f ms after start%n", startedMs, firstAnswerMs);
            System.out.printf(Locale.ROOT, "benchmark chat design turn (warm, %d runs, SQLite verification included): p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    RUNS, times[RUNS / 2], times[(int) Math.ceil(RUNS * 0.99) - 1], times[RUNS - 1]);
        } finally {
            app.close();
            Files.deleteIfExists(store);
        }
    }

    /** The turn in process with a listener that notes when each stage ends; medians per stage and per verification step. */
    private static void breakdown(int seedRows) throws Exception {
        Path store = Files.createTempFile("sd-bench-", ".db");
        try (SessionStore sessions = SessionStore.open("jdbc:sqlite:" + store)) {
            Verifier verifier = Verifier.on(Optional.empty(), Optional.empty(), Throwaways.unregistered(), Verifier.DEFAULT_MAX_TABLES, seedRows);
            IntentDetector intents = IntentDetector.withDefaultSkills();
            intents.warmUp();
            Conversation conversation = new Conversation(sessions, intents, new RulePlanner(), new Reviewer(), verifier);
            Map<String, List<Double>> stages = new LinkedHashMap<>();
            Map<String, List<Double>> steps = new LinkedHashMap<>();
            List<Double> turns = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long t0 = System.nanoTime();
                long[] last = {t0};
                Map<String, Double> seen = new LinkedHashMap<>();
                Reply reply = conversation.chat(Optional.empty(), Optional.empty(), MESSAGE, (stage, data) -> {
                    long now = System.nanoTime();
                    seen.merge(stage, (now - last[0]) / 1e6, Double::sum);
                    last[0] = now;
                });
                long answered = System.nanoTime();
                int size = dev.schemadesigner.json.Json.write(reply).length();
                if (i < WARM_UP) continue;
                turns.add((answered - t0) / 1e6);
                stages.computeIfAbsent("(reply as JSON, " + size / 1024 + " KiB)", k -> new ArrayList<>()).add((System.nanoTime() - answered) / 1e6);
                seen.forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms));
                for (Verification v : reply.verification()) {
                    for (Verification.Step s : v.steps()) steps.computeIfAbsent(v.dialect() + " " + s.name(), k -> new ArrayList<>()).add((double) s.millis());
                }
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "benchmark chat design turn in process: p50 %.1f ms; until each stage ends (p50):", median(turns)));
            stages.forEach((stage, ms) -> b.append(String.format(Locale.ROOT, " %s %.1f", stage, median(ms))));
            b.append(" ms\nbenchmark chat verification steps (p50, ms):");
            steps.forEach((step, ms) -> b.append(String.format(Locale.ROOT, " %s %.0f", step, median(ms))));
            System.out.println(b);
        } finally {
            Files.deleteIfExists(store);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void send(HttpClient client, int port) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("design turn failed: " + r.statusCode() + " " + r.body());
    }
}
