package dev.schemadesigner.intent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Precision, recall and F1 of "schema related" and accuracy of the intent kind on the labelled
 * messages of {@code intent/dev-set.tsv} (per split), printed with every miss and the per-message
 * latency; and, when present, on {@code intent/untuned-set.tsv}: messages written after the detector
 * was tuned and never used to tune it, scored by the same code and printed separately.
 */
class IntentDetectorMetricsTest {

    record Example(String text, boolean schemaRelated, IntentKind kind, String split) {
    }

    record Metrics(double precision, double recall, double f1, double kindAccuracy, List<String> misses) {
    }

    static final String DEV_SET = "intent/dev-set.tsv";
    static final String UNTUNED_SET = "intent/untuned-set.tsv";

    private static IntentDetector detector;
    private static List<Example> examples;

    @BeforeAll
    static void load() throws IOException {
        detector = IntentDetector.withDefaultSkills();
        detector.warmUp();
        examples = read(DEV_SET).orElseThrow(() -> new IllegalStateException("missing " + DEV_SET));
    }

    @Test
    void reachesTheTargetsOnTheHeldOutSplitAndOnTheWholeSet() {
        Metrics all = evaluate(examples, "all");
        Metrics dev = evaluate(examples.stream().filter(e -> e.split().equals("dev")).toList(), "dev");
        Metrics test = evaluate(examples.stream().filter(e -> e.split().equals("test")).toList(), "test (held out)");

        // issue K's targets are P/R 0.97 and kind 0.9; the floors are the scores reached on 840 rows (0.992 / 0.992 /
        // 0.979, held out 0.991 / 0.978), less a row or two, so that they cannot fall back unnoticed
        assertThat(examples).hasSizeGreaterThanOrEqualTo(840);
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.985);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.985);
        assertThat(all.kindAccuracy()).isGreaterThanOrEqualTo(0.97);
        assertThat(test.f1()).isGreaterThanOrEqualTo(0.985);
        assertThat(test.kindAccuracy()).isGreaterThanOrEqualTo(0.97);
        assertThat(dev.f1()).isGreaterThanOrEqualTo(0.985);
        assertThat(dev.kindAccuracy()).isGreaterThanOrEqualTo(0.97);
    }

    /** Skipped until {@code untuned-set.tsv} exists: it is written after tuning, by someone who did not tune. */
    @Test
    void reachesTheTargetsOnTheUntunedSetWhenPresent() throws IOException {
        Optional<List<Example>> untuned = read(UNTUNED_SET);
        assumeTrue(untuned.isPresent(), UNTUNED_SET + " is absent: no untuned score");
        Metrics metrics = evaluate(untuned.get(), "untuned");

        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.95);
        // Issue K's target for kind accuracy is 0.9; this set, written by someone who never saw the detector,
        // scored 0.89 on first run (6 of 11 misses are kind confusions such as migration vs change). The floor
        // guards against falling further; reaching 0.9 needs a change of approach judged on a fresh untuned set,
        // because this one has now been seen.
        System.out.printf("untuned kind accuracy %.3f (issue K target 0.900: %s)%n", metrics.kindAccuracy(),
                metrics.kindAccuracy() >= 0.9 ? "met" : "NOT met");
        assertThat(metrics.kindAccuracy()).isGreaterThanOrEqualTo(UNTUNED_KIND_FLOOR);
    }

    /** The untuned set's kind accuracy on first run, less nothing: it must not fall. */
    static final double UNTUNED_KIND_FLOOR = 0.89;

    @Test
    void detectsWithinTensOfMillisecondsOnceWarm() {
        List<Long> micros = new ArrayList<>();
        for (Example e : examples) {
            long start = System.nanoTime();
            detector.detect(e.text());
            micros.add((System.nanoTime() - start) / 1000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        long p50 = sorted[sorted.length / 2];
        long p95 = sorted[(int) (sorted.length * 0.95)];
        System.out.printf(Locale.ROOT, "intent latency over %d messages: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                sorted.length, p50 / 1000.0, p95 / 1000.0, sorted[sorted.length - 1] / 1000.0);
        assertThat(p50).isLessThan(100_000);
    }

    private static Metrics evaluate(List<Example> set, String name) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int kindRight = 0;
        List<String> misses = new ArrayList<>();
        for (Example e : set) {
            Intent got = detector.detect(e.text());
            if (got.schemaRelated() && e.schemaRelated()) {
                tp++;
            } else if (got.schemaRelated()) {
                fp++;
            } else if (e.schemaRelated()) {
                fn++;
            }
            if (got.kind() == e.kind()) {
                kindRight++;
            } else {
                misses.add(String.format(Locale.ROOT, "  %-4s want %-13s got %-13s %.2f  %s", e.split(), e.kind().wireName(),
                        got.kind().wireName(), got.confidence(), e.text().replace('\n', ' ')));
            }
        }
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = kindRight / (double) set.size();
        System.out.printf(Locale.ROOT, "intent %-15s n=%3d  schema_related P=%.3f R=%.3f F1=%.3f  kind accuracy=%.3f%n",
                name, set.size(), precision, recall, f1, accuracy);
        if (!name.equals("all")) {
            misses.forEach(System.out::println);
        }
        return new Metrics(precision, recall, f1, accuracy, misses);
    }

    /** The labelled messages of a classpath resource (text, schema_related, intent, split), empty when it is absent. */
    static Optional<List<Example>> read(String resource) throws IOException {
        try (InputStream in = IntentDetectorMetricsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            List<Example> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 4) {
                    throw new IllegalStateException(resource + ": 4 columns expected in: " + Arrays.toString(c));
                }
                out.add(new Example(c[0].replace("\\n", "\n"), Boolean.parseBoolean(c[1]), IntentKind.fromWire(c[2]), c[3]));
            }
            return Optional.of(out);
        }
    }
}
