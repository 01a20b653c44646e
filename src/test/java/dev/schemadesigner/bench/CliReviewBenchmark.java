package dev.schemadesigner.bench;

import dev.schemadesigner.surface.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CLI's {@code review} on the first 30 migration files of src/test/resources/bench/migrations:
 * (1) in one process through {@link Cli#run}, each file's median time beside Squawk's on the same file
 * ({@code target/squawk/node_modules/.bin/squawk}, installed by scripts/bench.sh); (2) the jar's cold
 * start, {@code java -jar target/schema-designer.jar review FILE} as a new process, timed to the first
 * finding line on stdout and to exit (skipped when the jar is not built). Prints figures, asserts nothing.
 */
public final class CliReviewBenchmark {
    private static final Path FILES = Path.of("src/test/resources/bench/migrations");
    private static final Path SQUAWK = Path.of("target/squawk/node_modules/.bin/squawk");
    private static final Path JAR = Path.of("target/schema-designer.jar");
    private static final int FILE_COUNT = 30;
    private static final int RUNS = 15;
    private static final int SQUAWK_RUNS = 5;
    private static final int COLD_RUNS = 7;

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(FILES)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().limit(FILE_COUNT).toList();
        }
        boolean squawk = Files.isExecutable(SQUAWK);
        System.out.println(squawk ? "squawk: " + run(List.of(SQUAWK.toString(), "--version")).trim()
                : "squawk not installed at " + SQUAWK + " (scripts/bench.sh installs it with npm); our figures only");

        // one process: the first review of all files (what a CI job does once), then warm medians per file
        long first = System.nanoTime();
        List<String> all = new ArrayList<>(List.of("review", "--format", "json"));
        files.forEach(f -> all.add(f.toString()));
        cli(all.toArray(String[]::new));
        System.out.printf("first review of %d files in this process (classes loading): %.1f ms%n", files.size(), (System.nanoTime() - first) / 1e6);
        for (int warm = 0; warm < 3; warm++) cli(all.toArray(String[]::new));

        System.out.printf("%-40s %10s %10s%n", "file", "cli ms", "squawk ms");
        double ours = 0, theirs = 0;
        for (Path f : files) {
            double[] t = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                cli("review", "--format", "json", f.toString());
                t[i] = (System.nanoTime() - start) / 1e6;
            }
            double o = median(t);
            ours += o;
            String s = "-";
            if (squawk) {
                double[] st = new double[SQUAWK_RUNS];
                for (int i = 0; i < SQUAWK_RUNS; i++) {
                    long start = System.nanoTime();
                    run(List.of(SQUAWK.toString(), f.toString()));
                    st[i] = (System.nanoTime() - start) / 1e6;
                }
                double sm = median(st);
                theirs += sm;
                s = String.format("%.2f", sm);
            }
            System.out.printf("%-40s %10.3f %10s%n", f.getFileName(), o, s);
        }
        System.out.printf("%d files: cli %.2f ms in all (%.3f ms/file)%s%n", files.size(), ours, ours / files.size(),
                squawk ? String.format("; squawk %.2f ms in all (%.3f ms/file, a process per file)", theirs, theirs / files.size()) : "");

        if (!Files.isRegularFile(JAR)) {
            System.out.println("cold start skipped: " + JAR + " is not built (mvn package)");
            return;
        }
        Path file = files.stream().filter(f -> f.getFileName().toString().startsWith("V002")).findFirst().orElse(files.get(0));
        double[] toFirst = new double[COLD_RUNS];
        double[] toExit = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            double[] times = coldStart(file);
            toFirst[i] = times[0];
            toExit[i] = times[1];
        }
        System.out.printf("cold start, java -jar %s review %s: first finding after %.0f ms (median of %d; max %.0f), exit after %.0f ms%n",
                JAR, file.getFileName(), median(toFirst), COLD_RUNS, Arrays.stream(toFirst).max().orElse(0), median(toExit));
    }

    private static void cli(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8);
        Cli.run(args, sink, sink);
    }

    /** Milliseconds from starting the process to its first finding line on stdout, and to its exit. */
    private static double[] coldStart(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "review", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double first = -1;
        try (InputStream in = p.getInputStream()) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                if (first < 0 && line.toString().contains(": ")) first = (System.nanoTime() - start) / 1e6;
                line.setLength(0);
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        return new double[] {first, (System.nanoTime() - start) / 1e6};
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes(); // Squawk exits non-zero when it finds something: not a failure here
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("did not finish in 60 s: " + command);
        }
        return new String(out);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
