package dev.schemadesigner.verify.locks;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.review.LockMode;
import dev.schemadesigner.review.Observation;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.verify.SeedRows;
import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each step of a migration in a seeded throw-away schema and reads what PostgreSQL did.
 *
 * <p>Locks are read from a second connection in {@code pg_locks} for the first connection's backend. Sampling a
 * running statement misses short ones, so a step runs inside a transaction and is sampled before COMMIT:
 * PostgreSQL holds every table lock until the transaction ends, so what the sample sees is exactly what the
 * step took, however fast it was. A {@code CONCURRENTLY} step cannot run in a transaction; it takes its
 * SHARE UPDATE EXCLUSIVE lock first and then waits for transactions that write the table, so a third
 * connection holds ROW EXCLUSIVE on the table in an open transaction, the build waits on it with its lock
 * held, the sample is taken, and the writer lets go. Its duration is counted from then.
 *
 * <p>A rewrite is a changed {@code pg_class.relfilenode} of a table (read before and after the step); an
 * index whose relfilenode changed was rebuilt. Only tables that existed before the step count: a table
 * the step creates is new and empty.
 */
public final class PostgresLockObserver {
    /** The default rows seeded into each table a migration touches. */
    public static final int DEFAULT_ROWS = 10_000;
    private static final long POLL_MILLIS = 5;
    private static final long WAIT_FOR_BUILD_MILLIS = 5_000;
    private static final long STEP_SECONDS = 60;

    private static final String LOCKS = """
            SELECT c.relname, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE l.pid = ? AND l.granted AND n.nspname = ? AND c.relkind IN ('r', 'p')""";
    private static final String WAITING = "SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted";
    private static final String SCANS = "SELECT relname, seq_scan FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()";
    private static final String FILES = """
            SELECT c.relname, c.relkind, c.relfilenode FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'i')""";

    private final Dialect dialect;
    private final Connection sampler;
    private final Connection writer;

    private PostgresLockObserver(Dialect dialect, Connection sampler, Connection writer) {
        this.dialect = dialect;
        this.sampler = sampler;
        this.writer = writer;
    }

    /**
     * Creates the migration's before-schema in {@code db}, seeds {@code rows} rows (shaped as {@link ObservedSteps.Migration#rowsLike}) into the tables the steps touch (and the
     * tables they reference, which must hold the keys), then runs and observes each step in order. A step
     * that fails ends the observation: the schema after it is not what the later steps expect.
     */
    public static List<Observation> observe(ThrowawayDatabase db, Dialect dialect, ObservedSteps.Migration migration,
                                            int rows) throws SQLException {
        db.execute(dialect.createSchema(migration.before()));
        List<ObservedStep> steps = migration.steps();
        Set<String> touched = new TreeSet<>();
        steps.forEach(s -> touched.add(s.table()));
        SeedRows.seed(db, dialect, withParents(migration.rowsLike(), touched), rows);
        try (Statement s = db.connection().createStatement()) {
            s.execute("ANALYZE");
        }
        try (Connection sampler = db.another(); Connection writer = db.another()) {
            try (Statement s = writer.createStatement()) {
                s.execute("SET search_path TO " + db.name());
                s.execute("SET lock_timeout = '10s'");
            }
            PostgresLockObserver observer = new PostgresLockObserver(dialect, sampler, writer);
            List<Observation> out = new ArrayList<>();
            for (ObservedStep step : steps) {
                Observation o = observer.step(db, step, rows);
                out.add(o);
                if (o.failed()) break;
            }
            return out;
        }
    }

    private Observation step(ThrowawayDatabase db, ObservedStep step, int rows) throws SQLException {
        Connection work = db.connection();
        Map<String, FileOf> filesBefore = files(work);
        int pid = pid(work);
        Map<String, LockMode> locks;
        List<String> scanned = new ArrayList<>();
        long millis;
        Optional<String> note = Optional.empty();
        try {
            if (step.outsideTransaction()) {
                Timed timed = whileWaiting(db, step, pid);
                locks = timed.locks();
                millis = timed.millis();
                note = timed.note();
            } else {
                work.setAutoCommit(false);
                try {
                    Map<String, Long> scansBefore = scans(work);
                    long start = System.nanoTime();
                    db.execute(step.statements());
                    millis = (System.nanoTime() - start) / 1_000_000;
                    locks = locks(pid, db.name());
                    scans(work).forEach((table, n) -> {
                        if (n > scansBefore.getOrDefault(table, 0L)) scanned.add(table);
                    });
                    work.commit();
                } catch (SQLException e) {
                    work.rollback();
                    throw e;
                } finally {
                    work.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            return new Observation("postgresql", step.line(), Map.of(), List.of(), List.of(), List.of(), 0, rows, Optional.empty(),
                    Optional.empty(), Optional.of(Observation.FAILED + e.getMessage()));
        }
        Map<String, FileOf> filesAfter = files(work);
        List<String> rewritten = new ArrayList<>();
        List<String> rebuilt = new ArrayList<>();
        filesBefore.forEach((name, was) -> {
            FileOf now = filesAfter.get(name);
            if (now == null || now.node() == was.node() || now.node() == 0) return;
            (was.index() ? rebuilt : rewritten).add(name);
        });
        locks.keySet().retainAll(filesBefore.keySet());
        scanned.retainAll(filesBefore.keySet());
        return new Observation("postgresql", step.line(), locks, rewritten, rebuilt, scanned, millis, rows, Optional.empty(), Optional.empty(), note);
    }

    private record Timed(Map<String, LockMode> locks, long millis, Optional<String> note) {}

    /**
     * Runs a step that cannot be in a transaction while a writer's open transaction makes it wait, samples
     * its locks while it waits, then lets it finish; the duration is counted from the release.
     */
    private Timed whileWaiting(ThrowawayDatabase db, ObservedStep step, int pid) throws SQLException {
        writer.setAutoCommit(false);
        CompletableFuture<Void> running;
        try {
            try (Statement s = writer.createStatement()) {
                s.execute("LOCK TABLE " + dialect.quote(step.table()) + " IN ROW EXCLUSIVE MODE");
            }
            running = CompletableFuture.runAsync(() -> {
                try {
                    db.execute(step.statements());
                } catch (SQLException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            Optional<String> note = Optional.empty();
            Map<String, LockMode> locks = Map.of();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_BUILD_MILLIS);
            while (true) {
                if (waiting(pid)) {
                    locks = locks(pid, db.name());
                    break;
                }
                if (running.isDone() || System.nanoTime() > deadline) {
                    note = Optional.of("finished before its locks could be sampled");
                    break;
                }
                sleep();
            }
            long start = System.nanoTime();
            writer.rollback();
            await(running);
            return new Timed(locks, (System.nanoTime() - start) / 1_000_000, note);
        } finally {
            if (!writer.getAutoCommit()) {
                writer.rollback();
                writer.setAutoCommit(true);
            }
        }
    }

    private static void await(CompletableFuture<Void> running) throws SQLException {
        try {
            running.get(STEP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) throw sql;
            if (e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() instanceof SQLException sql) throw sql;
            throw new SQLException(String.valueOf(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new SQLException("the step did not finish within " + STEP_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the step ran", e);
        }
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sampling locks", e);
        }
    }

    private boolean waiting(int pid) throws SQLException {
        try (PreparedStatement p = sampler.prepareStatement(WAITING)) {
            p.setInt(1, pid);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getInt(1) > 0;
            }
        }
    }

    /** The strongest granted lock of backend {@code pid} on each table of {@code schema}. */
    private Map<String, LockMode> locks(int pid, String schema) throws SQLException {
        Map<String, LockMode> out = new LinkedHashMap<>();
        try (PreparedStatement p = sampler.prepareStatement(LOCKS)) {
            p.setInt(1, pid);
            p.setString(2, schema);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.merge(r.getString(1), LockMode.ofPgLocks(r.getString(2)), LockMode::strongest);
            }
        }
        return out;
    }

    private record FileOf(boolean index, long node) {}

    private static Map<String, FileOf> files(Connection c) throws SQLException {
        Map<String, FileOf> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(FILES)) {
            while (r.next()) out.put(r.getString(1), new FileOf(r.getString(2).equals("i"), r.getLong(3)));
        }
        return out;
    }

    /** Sequential scans per table so far in the open transaction (counted before they are reported to the statistics). */
    private static Map<String, Long> scans(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(SCANS)) {
            while (r.next()) out.put(r.getString(1), r.getLong(2));
        }
        return out;
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The tables named and every table they reference, directly or not: seeding a child needs its parents' keys. */
    static Schema withParents(Schema schema, Set<String> tables) {
        Set<String> keep = new TreeSet<>();
        List<String> todo = new ArrayList<>(tables);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            Optional<Table> t = schema.table(name);
            if (t.isEmpty() || !keep.add(name)) continue;
            t.get().foreignKeys().forEach(fk -> todo.add(fk.referencedTable()));
        }
        return schema.withTables(schema.tables().stream().filter(t -> keep.contains(t.name())).toList());
    }
}
