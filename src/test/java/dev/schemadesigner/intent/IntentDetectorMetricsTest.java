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
    static final String UNTUNED_FIRST_SET = "intent/untuned-set-first.tsv";

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
        scoreUntuned(UNTUNED_SET, "untuned", UNTUNED_F1_FLOOR, UNTUNED_KIND_FLOOR);
    }

    /** The first untuned set (stop 10): its misses were read since, so it is history, scored under its own name. */
    @Test
    void keepsTheFirstUntunedSetsScore() throws IOException {
        scoreUntuned(UNTUNED_FIRST_SET, "untuned-first", 0.95, 0.89);
    }

    private static void scoreUntuned(String file, String name, double f1Floor, double kindFloor) throws IOException {
        Optional<List<Example>> untuned = read(file);
        assumeTrue(untuned.isPresent(), file + " is absent: no " + name + " score");
        Metrics metrics = evaluate(untuned.get(), name);
        System.out.printf(Locale.ROOT, "%s F1 %.3f (issue K target 0.950: %s), kind accuracy %.3f (target 0.900: %s)%n", name,
                metrics.f1(), metrics.f1() >= 0.95 ? "met" : "NOT met",
                metrics.kindAccuracy(), metrics.kindAccuracy() >= 0.9 ? "met" : "NOT met");
        assertThat(metrics.f1()).as(name + " F1").isGreaterThanOrEqualTo(f1Floor);
        assertThat(metrics.kindAccuracy()).as(name + " kind accuracy").isGreaterThanOrEqualTo(kindFloor);
    }

    /** The fresh untuned set's first-run scores (F1 0.964, kind accuracy 0.950): they must not fall. */
    static final double UNTUNED_F1_FLOOR = 0.96;
    static final double UNTUNED_KIND_FLOOR = 0.95;

    @Test
    void answersFromTheWordsAloneOnlyWhereTheEmbeddingWouldAgree() {
        int decided = 0;
        List<String> disagreements = new ArrayList<>();
        for (Example e : examples) {
            Optional<Intent> lexical = detector.lexicalAnswer(e.text());
            if (lexical.isEmpty()) continue;
            decided++;
            Intent embedded = detector.embeddedAnswer(e.text());
            if (lexical.get().schemaRelated() != embedded.schemaRelated() || lexical.get().kind() != embedded.kind()) {
                disagreements.add(lexical.get().kind() + " vs " + embedded.kind() + ": " + e.text());
            }
        }
        System.out.printf(Locale.ROOT, "intent answered from the words alone: %d of %d messages%n", decided, examples.size());
        assertThat(disagreements).isEmpty();
        assertThat(decided).isPositive();
    }

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
