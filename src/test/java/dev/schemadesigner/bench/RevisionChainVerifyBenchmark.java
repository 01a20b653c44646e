package dev.schemadesigner.bench;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.generate.BundledProjects;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.Cancellation;
import dev.schemadesigner.verify.Verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints how long the last turn of an N-turn session takes to verify on SQLite and PostgreSQL, two
 * ways: its revision on top of the earlier ones (setup runs the chain once; upgrade, downgrade and
 * upgrade again run this turn's revision), and the whole session's changes as one cumulative
 * revision (upgrade, downgrade and upgrade again of every change since the base), as turns were
 * verified before revisions were kept apart. Run with
 * {@code ./scripts/bench.sh dev.schemadesigner.bench.RevisionChainVerifyBenchmark}.
 */
public final class RevisionChainVerifyBenchmark {
    private RevisionChainVerifyBenchmark() {}

    public static void main(String[] args) {
        Verifier verifier = Verifier.of(Optional.of(TestDatabases.postgresUrl()), Optional.empty());
        Schema base = BundledProjects.customerFeedbackSchema();
        for (int turns : new int[] {5, 20, 40}) {
            List<ChangeSet> session = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                String column = "note_" + i;
                session.add(ChangeSet.of(new AddColumn("feedback_analysis", Column.optional(column, LogicalType.INTEGER)),
                        new CreateIndex("feedback_analysis", Index.on("idx_feedback_analysis_" + column, column), false)));
            }
            List<Op> earlier = new ArrayList<>();
            session.subList(0, turns - 1).forEach(c -> earlier.addAll(c.ops()));
            List<Op> all = new ArrayList<>(earlier);
            all.addAll(session.get(turns - 1).ops());
            verifier.verify(base, new ChangeSet(earlier), session.get(turns - 1), Cancellation.NONE); // warm-up
            double chain = median(() -> verifier.verify(base, new ChangeSet(earlier), session.get(turns - 1), Cancellation.NONE));
            double cumulative = median(() -> verifier.verify(base, new ChangeSet(all), Cancellation.NONE));
            System.out.printf(Locale.ROOT, "benchmark verify last turn of a %d-turn session (SQLite + PostgreSQL): revision on the chain %.0f ms, "
                    + "cumulative revision %.0f ms%n", turns, chain, cumulative);
        }
    }

    private static double median(Runnable run) {
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
