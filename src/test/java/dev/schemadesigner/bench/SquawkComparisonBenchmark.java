package dev.schemadesigner.bench;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ReviewRequest;
import dev.schemadesigner.chat.Source;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.verify.Verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The same SQL migration files (src/test/resources/bench/migrations) reviewed alone, without a base
 * schema, by our migration review in process and by Squawk's command line
 * ({@code target/squawk/node_modules/.bin/squawk}, which scripts/bench.sh installs with npm), in
 * one run; prints each file's median time for both, and the totals. Squawk's time per file is a
 * process start and lint; its one-process time over all files is printed too. Run with
 * {@code scripts/bench.sh dev.schemadesigner.bench.SquawkComparisonBenchmark}.
 */
public final class SquawkComparisonBenchmark {
    private static final Path FILES = Path.of("src/test/resources/bench/migrations");
    private static final Path SQUAWK = Path.of("target/squawk/node_modules/.bin/squawk");
    private static final int OURS_RUNS = 21;
    private static final int SQUAWK_RUNS = 5;

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(FILES)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        boolean squawk = Files.isExecutable(SQUAWK);
        if (!squawk) System.out.println("squawk not installed at " + SQUAWK + " (npm install squawk-cli into target/squawk); our figures only");
        else System.out.println("squawk: " + run(List.of(SQUAWK.toString(), "--version")).trim());
        Path db = Files.createTempFile("sd-bench-squawk-", ".db");
        db.toFile().deleteOnExit();
        try (Conversation conversation = new Conversation(SessionStore.open("jdbc:sqlite:" + db), IntentDetector.withDefaultSkills(),
                new RulePlanner(), new Reviewer(), Verifier.of(Optional.empty(), Optional.empty()))) {
            for (int warm = 0; warm < 5; warm++) for (Path f : files) ours(conversation, f);
            double oursTotal = 0, squawkTotal = 0;
            int findings = 0;
            int faster = 0;
            System.out.printf("%-40s %10s %10s %9s%n", "file", "ours ms", "squawk ms", "findings");
            for (Path f : files) {
                double[] times = new double[OURS_RUNS];
                for (int i = 0; i < OURS_RUNS; i++) {
                    long start = System.nanoTime();
                    findings = ours(conversation, f);
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                double o = median(times);
                oursTotal += o;
                String s = "-";
                if (squawk) {
                    double[] st = new double[SQUAWK_RUNS];
                    for (int i = 0; i < SQUAWK_RUNS; i++) {
                        long start = System.nanoTime();
                        run(List.of(SQUAWK.toString(), f.toString()));
                        st[i] = (System.nanoTime() - start) / 1e6;
                    }
                    double sm = median(st);
                    squawkTotal += sm;
                    if (o <= sm) faster++;
                    s = String.format("%.2f", sm);
                }
                System.out.printf("%-40s %10.3f %10s %9d%n", f.getFileName(), o, s, findings);
            }
            System.out.printf("files %d: ours %.2f ms in all (%.3f ms/file median-sum)%n", files.size(), oursTotal, oursTotal / files.size());
            if (squawk) {
                List<String> all = new ArrayList<>(List.of(SQUAWK.toString()));
                files.forEach(f -> all.add(f.toString()));
                double[] st = new double[SQUAWK_RUNS];
                for (int i = 0; i < SQUAWK_RUNS; i++) {
                    long start = System.nanoTime();
                    run(all);
                    st[i] = (System.nanoTime() - start) / 1e6;
                }
                System.out.printf("squawk %.2f ms in all run file by file; %.2f ms for all files in one process; ours <= squawk on %d/%d files%n",
                        squawkTotal, median(st), faster, files.size());
            }
        }
    }

    private static int ours(Conversation conversation, Path file) throws IOException {
        String sql = Files.readString(file);
        ReviewRequest request = new ReviewRequest(Optional.empty(), List.of(new Source("sql", sql, Optional.of(file.getFileName().toString()))),
                Optional.of("postgresql"), List.of(), List.of());
        return conversation.review(request).findings().size();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes(); // Squawk exits non-zero when it finds something: that is not a failure here
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("squawk did not finish in 60 s: " + command);
        }
        return new String(out);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
