package dev.schemadesigner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The figures of issue P's table, measured in one run on the released jar started by {@code scripts/run.sh}
 * (its JVM settings; {@code SD_JAVA_OPTS} replaces them for a comparison), each printed beside its goal:
 * jar size; cold start to {@code /health} answering and to the first chat answer (first start, which writes the
 * class-data-sharing archive, then a start that reuses it); resident memory idle, after 1,000 turns and after 50
 * concurrent sessions; {@code /api/v1/intent} against {@code /health} requests per second with 8 clients (the
 * Java runner below plays {@code ab -c 8}: one text repeated; also the development-set texts, no text twice);
 * deterministic design turns p50/p99 unloaded and with 4 sessions at once; migration review per file over HTTP
 * with a 60-table base schema sent each call against Squawk's command line on the same files (scripts/bench.sh
 * installs it). Run: {@code scripts/bench.sh dev.schemadesigner.bench.ServiceBenchmark}.
 */
public final class ServiceBenchmark {
    private ServiceBenchmark() {}

    private static final Path JAR = Path.of("target/schema-designer.jar");
    /** Squawk's own binary, as the npm package installs it for this platform (its node wrapper would add ~100 ms a file). */
    private static final Path SQUAWK = Path.of("target/squawk/node_modules/@squawk-cli/linux-"
            + (System.getProperty("os.arch").contains("aarch64") ? "arm64" : "x64") + "/bin/squawk");
    private static final Path MIGRATIONS = Path.of("src/test/resources/bench/migrations");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESIGN = "Design database schema for pain point tracking";
    private static final String INTENT_TEXT = "add a NOT NULL priority column to the tickets table";
    private static final Duration THROUGHPUT_RUN = Duration.ofSeconds(6);
    private static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "jar size: %.1f MB (goal ≤ 80 MB)%n", Files.size(JAR) / 1e6);
        // a start without the archive writes it; the starts after reuse it
        try (Stream<Path> archives = Files.list(Path.of("target"))) {
            for (Path a : archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList()) Files.delete(a);
        }
        try (Service first = Service.start()) {
            System.out.printf(Locale.ROOT, "cold start, first (writes the CDS archive): /health %.2f s, first chat answer %.2f s%n",
                    first.healthSeconds, first.firstChatSeconds);
        }
        try (Service service = Service.start()) {
            System.out.printf(Locale.ROOT, "cold start: /health answers %.2f s (goal ≤ 1.5 s), first chat answer %.2f s (goal ≤ 2 s)%n",
                    service.healthSeconds, service.firstChatSeconds);
            System.out.println("jvm: " + service.jvm());
            Thread.sleep(2000);
            System.out.printf(Locale.ROOT, "resident memory idle after the first answer: %d MB (goal ≤ 300 MB)%n", service.rssMb());

            double health = throughput(service, () -> service.get("/health"));
            double intent = throughput(service, () -> service.post("/api/v1/intent", "{\"text\":\"" + INTENT_TEXT + "\"}"));
            List<String> texts = devSetTexts();
            AtomicInteger next = new AtomicInteger();
            double intentDistinct = throughput(service, () -> service.post("/api/v1/intent",
                    JSON.createObjectNode().put("text", texts.get(next.getAndIncrement() % texts.size()) + " #" + next.get()).toString()));
            System.out.printf(Locale.ROOT, "/api/v1/intent vs /health, %d clients: %.0f vs %.0f req/s (%.2f×, goal ≥ 0.5×); "
                    + "every text new (development set): %.0f req/s (%.2f×)%n", CLIENTS, intent, health, intent / health,
                    intentDistinct, intentDistinct / health);

            double[] unloaded = designTurns(service, 1, 100);
            System.out.printf(Locale.ROOT, "design turn unloaded (100 turns): p50 %.1f ms, p99 %.1f ms (goal ≤ 50 / 200 ms)%n",
                    unloaded[0], unloaded[1]);
            double[] loaded = designTurns(service, 4, 50);
            System.out.printf(Locale.ROOT, "design turn loaded (4 sessions at once, 200 turns): p50 %.1f ms, p99 %.1f ms (goal ≤ 50 / 200 ms)%n",
                    loaded[0], loaded[1]);
            designTurns(service, 4, 175);
            System.out.printf(Locale.ROOT, "resident memory after 1,000 turns: %d MB (goal ≤ 450 MB under load)%n", service.rssMb());
            fiftySessions(service);
            System.out.printf(Locale.ROOT, "resident memory after 50 concurrent sessions: %d MB (goal ≤ 450 MB under load)%n", service.rssMb());

            migrationReview(service);
        }
    }

    /** Requests per second of {@link #CLIENTS} clients sending one request after another for a few seconds. */
    private static double throughput(Service service, Request request) throws Exception {
        for (int i = 0; i < 200; i++) request.send(); // warm up
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + THROUGHPUT_RUN.toNanos();
        List<Future<Integer>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    request.send();
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : counts) total += f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / seconds;
    }

    /** p50 and p99 (ms) of design turns, {@code sessions} clients at once, each {@code turns} turns in new sessions. */
    private static double[] designTurns(Service service, int sessions, int turns) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        List<Future<List<Double>>> results = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            results.add(pool.submit(() -> {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < turns; i++) {
                    long t = System.nanoTime();
                    service.post("/api/v1/chat", "{\"message\":\"" + DESIGN + "\"}");
                    times.add((System.nanoTime() - t) / 1e6);
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : results) all.addAll(f.get());
        pool.shutdown();
        List<Double> sorted = all.stream().sorted().toList();
        return new double[]{sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1)};
    }

    /** 50 sessions at once, each a design turn and then two changes in the same session. */
    private static void fiftySessions(Service service) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<?>> done = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        for (int s = 0; s < 50; s++) {
            done.add(pool.submit(() -> {
                try {
                    String session = JSON.readTree(service.post("/api/v1/chat", "{\"message\":\"" + DESIGN + "\"}")).path("session_id").asText();
                    service.post("/api/v1/chat", "{\"session_id\":\"" + session + "\",\"message\":\"add a priority column to pain_points\"}");
                    service.post("/api/v1/chat", "{\"session_id\":\"" + session + "\",\"message\":\"index pain_points by priority\"}");
                } catch (IllegalStateException notAnswered) {
                    // a benchmark prints what it saw: a session whose turn was refused (e.g. 504 at the turn deadline) is counted
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        System.out.printf(Locale.ROOT, "50 sessions at once: %d of 50 got every turn answered (the others hit a refusal such as the turn deadline)%n",
                50 - refused.get());
    }

    /**
     * Each migration file reviewed over HTTP with the project's base schema in the request, as a CI job would call
     * it per file, against Squawk's command line per file; medians per file, summed.
     */
    private static void migrationReview(Service service) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        String base = baseSchema(60);
        // the service observes a migration on a throw-away PostgreSQL (locks, rewrites) when one is configured: say which was measured
        String observed = System.getenv().getOrDefault("SD_VERIFY_POSTGRES_URL", "").isBlank()
                ? "observation off: no SD_VERIFY_POSTGRES_URL" : "observation on: SD_VERIFY_POSTGRES_URL is set";
        List<String> bodies = new ArrayList<>();
        for (Path f : files) {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("schema").put("format", "sql").put("content", base);
            ArrayNode migrations = body.putArray("migrations");
            migrations.addObject().put("format", "sql").put("name", f.getFileName().toString()).put("content", Files.readString(f));
            bodies.add(body.toString());
        }
        for (int warm = 0; warm < 5; warm++) for (String b : bodies) service.post("/api/v1/review", b);
        double ours = 0;
        for (String b : bodies) {
            double[] times = new double[11];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                service.post("/api/v1/review", b);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            ours += median(times);
        }
        if (!Files.isExecutable(SQUAWK)) {
            System.out.printf(Locale.ROOT, "migration review per file over HTTP (60-table base schema sent each call, %s): %.1f ms; "
                    + "squawk not installed at %s: no comparison%n", observed, ours / files.size(), SQUAWK);
            return;
        }
        double squawk = 0;
        for (Path f : files) {
            double[] times = new double[5];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                Process p = new ProcessBuilder(SQUAWK.toString(), f.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            squawk += median(times);
        }
        System.out.printf(Locale.ROOT, "migration review per file over HTTP (60-table base schema sent each call, %s) vs Squawk, %d files: "
                + "%.1f ms vs %.1f ms (%.2f×, goal ≤ 1.0×)%n", observed, files.size(), ours / files.size(), squawk / files.size(), ours / squawk);
    }

    /** A project's schema of {@code tables} tables, each with a key, a reference to the one before, columns and an index. */
    static String baseSchema(int tables) {
        StringBuilder ddl = new StringBuilder();
        for (int t = 0; t < tables; t++) {
            ddl.append("CREATE TABLE t").append(t).append(" (\n  id bigint PRIMARY KEY,\n");
            if (t > 0) ddl.append("  t").append(t - 1).append("_id bigint NOT NULL REFERENCES t").append(t - 1).append(" (id),\n");
            for (int c = 0; c < 8; c++) ddl.append("  c").append(c).append(c % 2 == 0 ? " varchar(100)" : " integer NOT NULL").append(",\n");
            ddl.append("  created_at timestamptz NOT NULL DEFAULT now()\n);\n");
            ddl.append("CREATE INDEX idx_t").append(t).append("_c0 ON t").append(t).append(" (c0);\n");
        }
        return ddl.toString();
    }

    private static List<String> devSetTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/intent/dev-set.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) texts.add(line.split("\t")[0].replace("\\n", "\n"));
        }
        return texts;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @FunctionalInterface
    private interface Request {
        void send() throws Exception;
    }

    /** The jar started by scripts/run.sh on a free port with a fresh SQLite store; stopped with SIGTERM. */
    private static final class Service implements AutoCloseable {
        final Process process;
        final int port;
        final Path store;
        final double healthSeconds;
        final double firstChatSeconds;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        private Service(Process process, int port, Path store, double healthSeconds, double firstChatSeconds) {
            this.process = process;
            this.port = port;
            this.store = store;
            this.healthSeconds = healthSeconds;
            this.firstChatSeconds = firstChatSeconds;
        }

        static Service start() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path store = Files.createTempFile("sd-bench-service-", ".db");
            Files.delete(store);
            ProcessBuilder builder = new ProcessBuilder("scripts/run.sh").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("SD_PORT", String.valueOf(port));
            builder.environment().put("SD_DB_URL", "jdbc:sqlite:" + store);
            long start = System.nanoTime();
            Process process = builder.start();
            HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(200)).build();
            while (true) {
                if (!process.isAlive()) throw new IllegalStateException("scripts/run.sh exited with " + process.exitValue());
                try {
                    if (probe.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) break;
                } catch (IOException notYet) {
                    Thread.sleep(5);
                }
            }
            double health = (System.nanoTime() - start) / 1e9;
            Service service = new Service(process, port, store, health, 0);
            service.post("/api/v1/chat", "{\"message\":\"" + DESIGN + "\"}");
            double firstChat = (System.nanoTime() - start) / 1e9;
            return new Service(process, port, store, health, firstChat);
        }

        String get(String path) throws Exception {
            return check(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        String post(String path, String body) throws Exception {
            return check(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private static String check(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        String jvm() throws Exception {
            return JSON.readTree(get("/health")).path("jvm").toString();
        }

        long rssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        }

        @Override
        public void close() throws Exception {
            process.destroy(); // SIGTERM: the JVM exits through its shutdown hooks (and writes the CDS archive)
            process.waitFor();
            Files.deleteIfExists(store);
            Files.deleteIfExists(Path.of(store + "-wal"));
            Files.deleteIfExists(Path.of(store + "-shm"));
        }
    }
}
