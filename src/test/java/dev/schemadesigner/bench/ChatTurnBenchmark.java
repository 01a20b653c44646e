package dev.schemadesigner.bench;

import dev.schemadesigner.App;
import dev.schemadesigner.Config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the server's cold start to first answer, and p50/p99 of deterministic design turns over
 * real HTTP (new session per turn: intent, RulePlanner, review ⇄ fix, every generator, SQLite
 * verification, store write). Embedded defaults: SQLite store, no model, no external database.
 */
public final class ChatTurnBenchmark {
    private ChatTurnBenchmark() {}

    private static final String BODY = "{\"message\":\"Design database schema for pain point tracking\"}";

    public static void main(String[] args) throws Exception {
        Path store = Files.createTempFile("sd-bench-", ".db");
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        // SD_VERIFY_SEED_ROWS=0 measures the turn without seeded verification, for a before/after figure
        String seedRows = System.getenv().getOrDefault("SD_VERIFY_SEED_ROWS", String.valueOf(dev.schemadesigner.verify.SeedRows.DEFAULT_ROWS));
        App app = App.create(Config.from(Map.of("SD_DB_URL", "jdbc:sqlite:" + store, "SD_VERIFY_SEED_ROWS", seedRows))).start(0);
        System.out.println("benchmark chat SD_VERIFY_SEED_ROWS=" + seedRows);
        double startedMs = (System.nanoTime() - start) / 1e6;
        send(client, app.port());
        double firstAnswerMs = (System.nanoTime() - start) / 1e6;
        try {
            for (int i = 0; i < 30; i++) send(client, app.port());
            int runs = 200;
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                send(client, app.port());
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "benchmark chat cold start: server up %.0f ms, first answer %.0f ms after start%n", startedMs, firstAnswerMs);
            System.out.printf(Locale.ROOT, "benchmark chat design turn (warm, %d runs, SQLite verification included): p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    runs, times[runs / 2], times[(int) Math.ceil(runs * 0.99) - 1], times[runs - 1]);
        } finally {
            app.close();
            Files.deleteIfExists(store);
        }
    }

    private static void send(HttpClient client, int port) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("design turn failed: " + r.statusCode() + " " + r.body());
    }
}
