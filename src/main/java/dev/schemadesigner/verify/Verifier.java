package dev.schemadesigner.verify;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DataMigrationPolicy;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.dialect.ChangeScript;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Proves a change on real databases. In a throw-away database per target: create the
 * before-schema, run the upgrade, introspect and compare with the after-schema; run the downgrade
 * and compare with the before-schema; run the upgrade again (a downgrade that leaves debris, such
 * as an enum type, makes the second upgrade fail). Comparisons use each dialect's stored form.
 */
public final class Verifier {

    /** The default of {@code SD_VERIFY_MAX_TABLES}. */
    public static final int DEFAULT_MAX_TABLES = 1000;

    private final List<VerifyTarget> targets;
    private final int maxTables;
    private final int seedRows;

    public Verifier(List<VerifyTarget> targets) { this(targets, DEFAULT_MAX_TABLES); }

    /** @param maxTables the most tables a schema may have, before or after the change, to be verified */
    public Verifier(List<VerifyTarget> targets, int maxTables) { this(targets, maxTables, SeedRows.DEFAULT_ROWS); }

    /** @param seedRows rows seeded into each table of the before-schema ahead of the upgrade; 0 verifies on empty tables */
    public Verifier(List<VerifyTarget> targets, int maxTables, int seedRows) {
        if (targets.isEmpty()) throw new IllegalArgumentException("a verifier needs at least one target database");
        if (maxTables < 1) throw new IllegalArgumentException("maxTables must be positive: " + maxTables);
        if (seedRows < 0) throw new IllegalArgumentException("seedRows must not be negative: " + seedRows);
        this.targets = List.copyOf(targets);
        this.maxTables = maxTables;
        this.seedRows = seedRows;
    }

    /** SQLite always; PostgreSQL and MariaDB when their JDBC URLs are given, each user doing everything as it is (tests). */
    public static Verifier of(Optional<String> postgresUrl, Optional<String> mariadbUrl) {
        return on(postgresUrl.map(VerifyAccounts::asConfigured), mariadbUrl.map(VerifyAccounts::asConfigured), Throwaways.unregistered(),
                DEFAULT_MAX_TABLES);
    }

    /**
     * The service's verifier: SQLite always, and each configured server through the accounts
     * {@link VerifyServerSetup} settled at start (least-privilege, or the service's own worker login
     * when a superuser is allowed), its throw-aways kept by {@code throwaways}.
     */
    public static Verifier on(Optional<VerifyAccounts> postgres, Optional<VerifyAccounts> mariadb, Throwaways throwaways, int maxTables) {
        return on(postgres, mariadb, throwaways, maxTables, SeedRows.DEFAULT_ROWS);
    }

    /** As above, seeding {@code seedRows} rows a table before each upgrade ({@code SD_VERIFY_SEED_ROWS}; 0 turns seeding off). */
    public static Verifier on(Optional<VerifyAccounts> postgres, Optional<VerifyAccounts> mariadb, Throwaways throwaways, int maxTables,
                              int seedRows) {
        List<VerifyTarget> targets = new ArrayList<>();
        targets.add(VerifyTarget.sqlite());
        postgres.ifPresent(accounts -> targets.add(throwaways.postgres(accounts)));
        mariadb.ifPresent(accounts -> targets.add(throwaways.mariadb(accounts)));
        return new Verifier(targets, maxTables, seedRows);
    }

    public int seedRows() { return seedRows; }

    public List<VerifyTarget> targets() { return targets; }

    public List<Verification> verify(Schema before, ChangeSet changes) { return verify(before, changes, Cancellation.NONE); }

    /** Stops early when {@code cancellation} says so: later steps and targets are skipped, the running statement is ended. */
    public List<Verification> verify(Schema before, ChangeSet changes, Cancellation cancellation) {
        return verify(before, ChangeSet.of(), changes, cancellation);
    }

    /**
     * A revision on top of the revisions before it: the setup creates {@code base} and runs
     * {@code earlier} (the chain so far), then upgrade, downgrade and upgrade again run {@code changes}
     * alone — the downgrade must give back the schema the earlier revisions left.
     */
    public List<Verification> verify(Schema base, ChangeSet earlier, ChangeSet changes, Cancellation cancellation) {
        Schema before;
        try {
            before = earlier.apply(base);
        } catch (UserFacingException e) {
            return targets.stream().map(t -> refused(t, "the revisions before this one do not apply: " + e.getMessage())).toList();
        }
        Optional<String> tooBig = tooBig(before, changes);
        if (tooBig.isPresent()) return targets.stream().map(t -> refused(t, tooBig.get())).toList();
        return targets.stream().map(t -> verify(t, base, earlier, changes, cancellation, seedRows)).toList();
    }

    /**
     * {@link #verify(Schema, ChangeSet, ChangeSet, Cancellation)} started on another thread: verification
     * needs the change, not the generated files, so a turn writes its files meanwhile and then
     * {@link Started#join joins} it.
     */
    public Started start(Schema base, ChangeSet earlier, ChangeSet changes, Cancellation cancellation) {
        return new Started(CompletableFuture.supplyAsync(() -> verify(base, earlier, changes, cancellation), VERIFYING));
    }

    /** A verification under way. */
    public record Started(CompletableFuture<List<Verification>> result) {
        /** The verifications, once done; what the verification threw is thrown here. */
        public List<Verification> join() {
            try {
                return result.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }
    }

    private static final ExecutorService VERIFYING = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "turn-verify");
        t.setDaemon(true);
        return t;
    });

    /** Create {@code schema} in an empty database and check the database holds exactly it. */
    public List<Verification> roundTrip(Schema schema) { return verify(schema, ChangeSet.of()); }

    /**
     * Verification time grows with the table count (every step creates and reads back the whole
     * schema) and a PostgreSQL throw-away of thousands of tables outgrows one transaction's locks, so
     * a schema above the cap is refused before any database is contacted (audit H3, 1.16).
     */
    private Optional<String> tooBig(Schema before, ChangeSet changes) {
        int tables = before.tables().size();
        try {
            tables = Math.max(tables, changes.apply(before).tables().size());
        } catch (UserFacingException invalidChangeReportedByTheSteps) {
            // the setup and upgrade steps report a change that does not apply; the size is the schema's
        }
        if (tables <= maxTables) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "the schema has %,d tables; verification runs on at most %,d (SD_VERIFY_MAX_TABLES)",
                tables, maxTables));
    }

    private static Verification refused(VerifyTarget target, String reason) {
        return new Verification(target.dialect().name(), "not contacted", List.of(Verification.Step.failed("setup", 0, reason)), List.of());
    }

    public static Verification verify(VerifyTarget target, Schema before, ChangeSet changes) {
        return verify(target, before, changes, Cancellation.NONE, SeedRows.DEFAULT_ROWS);
    }

    /** {@code target} alone, with {@code seedRows} rows a table seeded before the upgrade (0: on empty tables). */
    public static Verification verify(VerifyTarget target, Schema before, ChangeSet changes, int seedRows) {
        return verify(target, before, changes, Cancellation.NONE, seedRows);
    }

    static Verification verify(VerifyTarget target, Schema before, ChangeSet changes, Cancellation cancellation) {
        return verify(target, before, ChangeSet.of(), changes, cancellation, SeedRows.DEFAULT_ROWS);
    }

    /**
     * With rows: after the setup, {@code seedRows} rows go into each table of the before-schema and the
     * upgrade, downgrade and re-upgrade run over them; the {@code data} step, last, says what became of them.
     */
    static Verification verify(VerifyTarget target, Schema before, ChangeSet changes, Cancellation cancellation, int seedRows) {
        return verify(target, before, ChangeSet.of(), changes, cancellation, seedRows);
    }

    /** As above, on top of {@code earlier} revisions that the setup runs after creating {@code base}; the rows go in after them. */
    private static Verification verify(VerifyTarget target, Schema base, ChangeSet earlier, ChangeSet changes, Cancellation cancellation, int seedRows) {
        Schema before = earlier.apply(base);
        Dialect dialect = target.dialect();
        if (cancellation.stopped()) return new Verification(dialect.name(), "not contacted", List.of(Verification.Step.failed("setup", 0, STOPPED)), List.of());
        Optional<String> refused = refusedDataMigration(dialect, before, changes);
        if (refused.isPresent()) {
            return new Verification(dialect.name(), "not contacted", List.of(Verification.Step.failed("setup", 0, refused.get())), List.of());
        }
        Schema after = changes.apply(before);
        List<Verification.Step> steps = new ArrayList<>();
        List<String> diff = new ArrayList<>();
        String version = "unknown";
        try (ThrowawayDatabase db = target.opener().open()) {
            version = db.serverVersion();
            Run run = new Run(db, dialect, steps, diff, cancellation);
            // each step runs only when the one before it held
            try (var ending = cancellation.onStop(() -> endRunningStatement(db))) {
                if (run.step("setup", () -> setup(dialect, base, earlier), before) && !changes.isEmpty()) {
                    boolean seeding = seedRows > 0 && !before.tables().isEmpty();
                    Optional<DataCheck> data = seeding ? run.seed(before, changes, seedRows) : Optional.empty();
                    // a seeding that failed has said why in its step; with nothing to seed the upgrade still runs
                    if ((!seeding || data.isPresent())
                            && run.step("upgrade", () -> statements(dialect, before, changes), after)
                            && run.data(data, DataCheck::afterUpgrade)
                            && run.step("downgrade", () -> ChangeScript.statements(ChangeScript.downgrade(dialect, before, changes)), before)
                            && run.data(data, DataCheck::afterDowngrade)) {
                        run.step("reupgrade", () -> statements(dialect, before, changes), after);
                    }
                    data.ifPresent(d -> steps.add(d.step()));
                }
            }
        } catch (SQLException e) {
            steps.add(Verification.Step.failed(steps.isEmpty() ? "setup" : "cleanup", 0, e.getMessage()));
        }
        return new Verification(dialect.name(), version, steps, diff);
    }

    /**
     * Why a data migration of {@code changes} may not run on this dialect, checked against the schema
     * it runs on (its upgrade after the operations before it; its downgrade on the same schema, since
     * a data migration leaves the schema as it is).
     */
    static Optional<String> refusedDataMigration(Dialect dialect, Schema before, ChangeSet changes) {
        Schema current = before;
        for (Op op : changes.ops()) {
            if (op instanceof DataMigration m) {
                Optional<String> refused = DataMigrationPolicy.violation(m, current, dialect.name());
                if (refused.isPresent()) return refused;
            }
            current = op.apply(current);
        }
        return Optional.empty();
    }

    /** {@code base} created, then the earlier revisions run on it. */
    private static List<String> setup(Dialect dialect, Schema base, ChangeSet earlier) {
        List<String> sql = new ArrayList<>(dialect.createSchema(base));
        sql.addAll(statements(dialect, base, earlier));
        return sql;
    }

    /** The SQL of each operation, each rendered against the schema it applies to, with the checks existing rows need first. */
    static List<String> statements(Dialect dialect, Schema before, ChangeSet changes) {
        return ChangeScript.statements(ChangeScript.upgrade(dialect, before, changes));
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

    @FunctionalInterface
    private interface DataRead {
        void after(DataCheck data) throws SQLException;
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

        /** Seeds the before-schema; a failure here is the data step's, and nothing after it runs. */
        Optional<DataCheck> seed(Schema before, ChangeSet changes, int rows) {
            if (cancellation.stopped()) {
                steps.add(Verification.Step.failed("data", 0, STOPPED));
                return Optional.empty();
            }
            long start = System.nanoTime();
            try {
                return Optional.of(DataCheck.seed(db, dialect, before, changes, rows));
            } catch (SQLException | RuntimeException e) {
                steps.add(Verification.Step.failed("data", millisSince(start), "seeding the before-schema failed: " + e.getMessage()));
                return Optional.empty();
            }
        }

        /** Reads the seeded tables back after a step; the comparison itself is the data step's, at the end. */
        boolean data(Optional<DataCheck> data, DataRead read) {
            if (data.isEmpty()) return true;
            try {
                read.after(data.get());
                return true;
            } catch (SQLException | RuntimeException e) {
                data.get().failed("reading the seeded rows back failed: " + e.getMessage());
                return false;
            }
        }

        private static long millisSince(long start) { return (System.nanoTime() - start) / 1_000_000; }
    }
}
