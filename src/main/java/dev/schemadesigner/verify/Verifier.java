package dev.schemadesigner.verify;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DataMigrationPolicy;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Proves a change on real databases. In a throw-away database per target: create the
 * before-schema, run the upgrade, introspect and compare with the after-schema; run the downgrade
 * and compare with the before-schema; run the upgrade again (a downgrade that leaves debris, such
 * as an enum type, makes the second upgrade fail). Comparisons use each dialect's stored form.
 */
public final class Verifier {

    private final List<VerifyTarget> targets;

    public Verifier(List<VerifyTarget> targets) {
        if (targets.isEmpty()) throw new IllegalArgumentException("a verifier needs at least one target database");
        this.targets = List.copyOf(targets);
    }

    /** SQLite always; PostgreSQL and MariaDB when their JDBC URLs are given. */
    public static Verifier of(Optional<String> postgresUrl, Optional<String> mariadbUrl) {
        List<VerifyTarget> targets = new ArrayList<>();
        targets.add(VerifyTarget.sqlite());
        postgresUrl.ifPresent(url -> targets.add(VerifyTarget.postgres(url)));
        mariadbUrl.ifPresent(url -> targets.add(VerifyTarget.mariadb(url)));
        return new Verifier(targets);
    }

    public List<VerifyTarget> targets() { return targets; }

    public List<Verification> verify(Schema before, ChangeSet changes) { return verify(before, changes, Cancellation.NONE); }

    /** Stops early when {@code cancellation} says so: later steps and targets are skipped, the running statement is ended. */
    public List<Verification> verify(Schema before, ChangeSet changes, Cancellation cancellation) {
        return targets.stream().map(t -> verify(t, before, changes, cancellation)).toList();
    }

    /** Create {@code schema} in an empty database and check the database holds exactly it. */
    public List<Verification> roundTrip(Schema schema) {
        return targets.stream().map(t -> verify(t, schema, ChangeSet.of())).toList();
    }

    public static Verification verify(VerifyTarget target, Schema before, ChangeSet changes) {
        return verify(target, before, changes, Cancellation.NONE);
    }

    static Verification verify(VerifyTarget target, Schema before, ChangeSet changes, Cancellation cancellation) {
        Dialect dialect = target.dialect();
        if (cancellation.stopped()) return new Verification(dialect.name(), "not contacted", List.of(Verification.Step.failed("setup", 0, STOPPED)), List.of());
        for (Op op : changes.ops()) {
            if (op instanceof DataMigration m) {
                var refused = DataMigrationPolicy.violation(m);
                if (refused.isPresent()) {
                    return new Verification(dialect.name(), "not contacted", List.of(Verification.Step.failed("setup", 0, refused.get())), List.of());
                }
            }
        }
        Schema after = changes.apply(before);
        ChangeSet undo = changes.inverse(before);
        List<Verification.Step> steps = new ArrayList<>();
        List<String> diff = new ArrayList<>();
        String version = "unknown";
        try (ThrowawayDatabase db = target.opener().open()) {
            version = db.serverVersion();
            Run run = new Run(db, dialect, steps, diff, cancellation);
            // each step runs only when the one before it held
            try (var ending = cancellation.onStop(() -> endRunningStatement(db))) {
                if (run.step("setup", () -> dialect.createSchema(before), before) && !changes.isEmpty()
                        && run.step("upgrade", () -> statements(dialect, before, changes), after)
                        && run.step("downgrade", () -> statements(dialect, after, undo), before)) {
                    run.step("reupgrade", () -> statements(dialect, before, changes), after);
                }
            }
        } catch (SQLException e) {
            steps.add(Verification.Step.failed(steps.isEmpty() ? "setup" : "cleanup", 0, e.getMessage()));
        }
        return new Verification(dialect.name(), version, steps, diff);
    }

    /** The SQL of each operation, each rendered against the schema it applies to. */
    static List<String> statements(Dialect dialect, Schema before, ChangeSet changes) {
        List<String> sql = new ArrayList<>();
        Schema current = before;
        for (Op op : changes.ops()) {
            sql.addAll(dialect.render(op, current));
            current = op.apply(current);
        }
        return sql;
    }

    static final String STOPPED = "not run: the turn was stopped (deadline passed or client gone)";

    /**
     * Ends whatever runs on the throw-away's connection, from another thread: SQLite is interrupted
     * (its abort does nothing); PostgreSQL and MariaDB connections are aborted, so every later
     * statement fails at once (MariaDB also kills the server thread). The throw-away is still dropped
     * by its own admin connection.
     */
    private static void endRunningStatement(ThrowawayDatabase db) {
        try (java.sql.Statement s = db.connection().createStatement()) {
            s.cancel();
        } catch (SQLException | RuntimeException e) {
            // the connection may already be closed or busy: aborting below still ends it
        }
        try {
            db.connection().abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // already closed: nothing runs any more
        }
    }

    private record Run(ThrowawayDatabase db, Dialect dialect, List<Verification.Step> steps, List<String> diff, Cancellation cancellation) {
        boolean step(String name, Supplier<List<String>> statements, Schema expected) {
            if (cancellation.stopped()) {
                steps.add(Verification.Step.failed(name, 0, STOPPED));
                return false;
            }
            long start = System.nanoTime();
            try {
                db.execute(statements.get());
                Schema actual = DatabaseImporter.introspect(db.connection(), db.name());
                SchemaDiff d = SchemaDiff.between(dialect.storedForm(expected), actual);
                d.differences().forEach(line -> diff.add("after " + name + ": " + line));
                steps.add(new Verification.Step(name, d.isEmpty(), millisSince(start),
                        d.isEmpty() ? Optional.empty() : Optional.of(d.differences().size() + " difference(s) with the model")));
                return d.isEmpty();
            } catch (SQLException | RuntimeException e) {
                steps.add(Verification.Step.failed(name, millisSince(start), String.valueOf(e.getMessage())));
                return false;
            }
        }

        private static long millisSince(long start) { return (System.nanoTime() - start) / 1_000_000; }
    }
}
