package dev.schemadesigner.chat;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled review corpus ({@code src/test/resources/review/schemas/}, format in its README): every
 * schema goes through the same path as {@code POST /api/v1/review} ({@link SourceReview}: the importer of
 * its format, inline suppressions, what the importer left unchecked), and the schema, normalization and
 * performance rules are scored against its {@code .expect} sidecar. Recall is the share of expected
 * findings reported; the false-positive rate the share of {@code clean} facts flagged. Both are printed
 * per rule and overall, with the targets as met/NOT met; floors hold the measured values.
 * A second folder, {@code schemas-untuned/}, written after the rules were tuned and never used for it,
 * is scored the same way and printed on its own line (skipped with one line when absent).
 */
class ReviewCorpusTest {
    static final Path DEV = Path.of("src/test/resources/review/schemas");
    static final Path UNTUNED = Path.of("src/test/resources/review/schemas-untuned");
    static final Path UNTUNED_SECOND = Path.of("src/test/resources/review/schemas-untuned-second");

    static final double RECALL_TARGET = 0.95;
    static final double FP_TARGET = 0.01;
    static final double UNTUNED_RECALL_TARGET = 0.90;
    static final double UNTUNED_FP_TARGET = 0.02;
    /**
     * Measured on the dev set; a change that lowers recall or raises the false-positive rate fails. With the fifteen
     * schemas of real projects (`*-real-*`, first run recall 55/86 = 0.640, false-positive rate 19/132 = 0.144) the set
     * scores 278/291 and 9/672; the flagged clean facts left are labels the rules read otherwise (a UNIQUE NOT NULL pair
     * is still asked to be the primary key, a NOT NULL key to a lookup or author still asks for an ON DELETE decision).
     */
    static final double RECALL_FLOOR = 278.0 / 291;
    static final double FP_CEILING = 9.0 / 672;
    /**
     * The untuned set (24 schemas written at stop 12 by someone who read only the label format and the rule
     * catalogue, while the last rule fixes of stop 12 were made and without sight of them): its first run, recall
     * 48/65 = 0.738 and false-positive rate 11/338 = 0.033 against the dev set's 0.990 and 0.000. The gap says the
     * rules are still fitted to the dev corpus. The floors keep it from falling.
     */
    static final double UNTUNED_RECALL_FLOOR = 48.0 / 65;
    static final double UNTUNED_FP_CEILING = 11.0 / 338;
    /**
     * The second untuned set (22 schemas of stop 11; first run recall 48/64 = 0.750, false-positive rate 17/195 = 0.087).
     * Its output was seen once during stop 12's tuning, so it is history now, not a judgement of generality; after
     * stop 12 it scores recall 49/64 = 0.766 and false-positive rate 16/195 = 0.082.
     */
    static final double UNTUNED_SECOND_RECALL_FLOOR = 49.0 / 64;
    static final double UNTUNED_SECOND_FP_CEILING = 16.0 / 195;

    /** {@code -Dreview.corpus.verbose=true} also prints every finding no label is about. */
    private static final boolean VERBOSE = Boolean.getBoolean("review.corpus.verbose");

    private final SourceReview review = new SourceReview(new Reviewer(), LiveDatabases.none());

    @Test
    void devCorpusMeetsItsFloors() throws IOException {
        Score score = score(DEV, "dev");
        assertThat(score.schemas).as("schemas in the dev corpus").isGreaterThanOrEqualTo(60);
        assertThat(score.recall()).as("dev recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(score.falsePositiveRate()).as("dev false-positive rate").isLessThanOrEqualTo(FP_CEILING);
    }

    @Test
    void untunedCorpusIsScoredApart() throws IOException {
        scoreApart(UNTUNED, "untuned", UNTUNED_RECALL_FLOOR, UNTUNED_FP_CEILING);
    }

    @Test
    void secondUntunedCorpusKeepsItsScore() throws IOException {
        scoreApart(UNTUNED_SECOND, "untuned-second", UNTUNED_SECOND_RECALL_FLOOR, UNTUNED_SECOND_FP_CEILING);
    }

    private void scoreApart(Path folder, String label, double recallFloor, double fpCeiling) throws IOException {
        if (!Files.isDirectory(folder)) {
            System.out.println("review corpus [" + label + "]: skipped, " + folder + " does not exist");
            return;
        }
        Score score = score(folder, label);
        assertThat(score.recall()).as(label + " recall").isGreaterThanOrEqualTo(recallFloor);
        assertThat(score.falsePositiveRate()).as(label + " false-positive rate").isLessThanOrEqualTo(fpCeiling);
    }

    private Score score(Path folder, String label) throws IOException {
        List<LabelledSchema> schemas = LabelledSchema.all(folder);
        Score score = new Score();
        Map<String, Integer> formats = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (LabelledSchema s : schemas) {
            formats.merge(s.format() + (s.format().equals("sql") ? "/" + s.dialect() : ""), 1, Integer::sum);
            ReviewOutcome outcome = review.review(s.request());
            Schema imported = s.source().read(s.dialect()).schema();
            List<Finding> findings = outcome.findings().stream().filter(f -> scored(f.rule())).toList();
            score.schemas++;
            for (LabelledSchema.Fact fact : s.facts()) {
                if (!exists(imported, fact.object())) score.badLabels.add(s.name() + ": " + fact + " names no table, column, relationship or index the importer read");
                if (!scored(fact.rule())) score.badLabels.add(s.name() + ": " + fact.rule() + " is not a schema, normalization or performance rule");
                // a finding that asks for a value must not come with a fix that invents it
                boolean flagged = findings.stream().anyMatch(f -> f.rule().equals(fact.rule()) && covers(f.object(), fact.object())
                        && !(fact.asks() && f.fix().isPresent()));
                score.count(fact, flagged);
                if (fact.expected() != flagged) misses.add((fact.expected() ? "missed  " : "flagged ") + s.name() + ": " + fact.rule() + " " + fact.object());
            }
            for (Finding f : findings) {
                boolean labelled = s.facts().stream().anyMatch(x -> x.rule().equals(f.rule()) && covers(f.object(), x.object()));
                if (!labelled) score.unlabelled.merge(f.rule(), 1, Integer::sum);
                if (!labelled && VERBOSE) misses.add("unlabelled " + s.name() + ": " + f.line());
            }
        }
        System.out.printf("review corpus [%s]: schemas %d, recall %.3f, false-positive rate %.3f%n", label, score.schemas, score.recall(), score.falsePositiveRate());
        System.out.println("  formats: " + formats);
        score.perRule.forEach((rule, r) -> System.out.printf("  %-28s recall %d/%d  flagged clean %d/%d  unlabelled findings %d%n",
                rule, r[0], r[1], r[2], r[3], score.unlabelled.getOrDefault(rule, 0)));
        misses.forEach(m -> System.out.println("  " + m));
        double recallTarget = label.equals("dev") ? RECALL_TARGET : UNTUNED_RECALL_TARGET;
        double fpTarget = label.equals("dev") ? FP_TARGET : UNTUNED_FP_TARGET;
        System.out.printf("  target recall >= %.2f: %s; target false-positive rate <= %.2f: %s%n", recallTarget,
                score.recall() >= recallTarget ? "met" : "NOT met", fpTarget, score.falsePositiveRate() <= fpTarget ? "met" : "NOT met");
        score.badLabels.forEach(b -> System.out.println("  bad label: " + b));
        assertThat(score.badLabels).as("labels of %s", folder).isEmpty();
        return score;
    }

    private static boolean scored(String rule) {
        return Rules.byId(rule).map(r -> r.area() != Area.MIGRATION).orElse(false);
    }

    /**
     * True when a finding's object is about the labelled object: the same, a column list that
     * contains the labelled column ({@code t.a,b} covers {@code t.b}), anything on a labelled table,
     * or the whole table a labelled column belongs to (a finding on {@code t} is about each of its columns).
     */
    static boolean covers(String found, String labelled) {
        if (found.equals(labelled)) return true;
        int dot = labelled.indexOf('.');
        if (dot < 0) return found.startsWith(labelled + ".");
        String table = labelled.substring(0, dot);
        if (found.equals(table)) return true;
        if (!found.startsWith(table + ".")) return false;
        return List.of(found.substring(table.length() + 1).split(",")).contains(labelled.substring(dot + 1));
    }

    /** A label must name something the importer read, or a clean fact would be clean by typo. */
    private static boolean exists(Schema schema, String object) {
        for (Table t : schema.tables()) {
            if (t.indexes().stream().anyMatch(i -> i.name().equals(object)) || t.foreignKeys().stream().anyMatch(f -> f.name().equals(object))
                    || t.checks().stream().anyMatch(c -> c.name().equals(object)) || t.uniques().stream().anyMatch(u -> u.name().equals(object))) return true;
        }
        int dot = object.indexOf('.');
        if (dot < 0) return schema.hasTable(object);
        Optional<Table> table = schema.table(object.substring(0, dot));
        if (table.isEmpty()) return false;
        return Stream.of(object.substring(dot + 1).split(","))
                .allMatch(x -> table.get().hasColumn(x) || table.get().relationships().stream().anyMatch(r -> r.name().equals(x)));
    }

    static final class Score {
        int schemas;
        int expected, found, clean, flagged;
        /** rule → {found, expected, flagged, clean} */
        final Map<String, int[]> perRule = new TreeMap<>();
        final Map<String, Integer> unlabelled = new TreeMap<>();
        final List<String> badLabels = new ArrayList<>();

        void count(LabelledSchema.Fact fact, boolean wasFlagged) {
            int[] r = perRule.computeIfAbsent(fact.rule(), k -> new int[4]);
            if (fact.expected()) {
                expected++;
                r[1]++;
                if (wasFlagged) { found++; r[0]++; }
            } else {
                clean++;
                r[3]++;
                if (wasFlagged) { flagged++; r[2]++; }
            }
        }

        double recall() { return expected == 0 ? 1.0 : (double) found / expected; }

        double falsePositiveRate() { return clean == 0 ? 0.0 : (double) flagged / clean; }
    }
}
