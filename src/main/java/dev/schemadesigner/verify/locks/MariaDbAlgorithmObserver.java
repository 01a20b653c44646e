package dev.schemadesigner.verify.locks;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.review.Observation;
import dev.schemadesigner.verify.SeedRows;
import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * MariaDB: which online DDL the server grants each step, asked of the server itself. A step's ALTER TABLE,
 * CREATE INDEX or DROP INDEX is run with {@code ALGORITHM=INSTANT, LOCK=NONE}, then INSTANT alone, then NOCOPY and
 * INPLACE, each with and without LOCK=NONE, then COPY; MariaDB refuses a combination it cannot do (errors 1845/1846) without
 * changing anything, so the first one it accepts is the verdict, and the step has then run. A COPY rewrote the table.
 * Other statements (CREATE TABLE, RENAME) run as they are, without a verdict. The metadata locks a step takes
 * ({@code performance_schema.metadata_locks}) are only visible when the server runs with {@code performance_schema=ON}
 * and its {@code wait/lock/metadata/sql/mdl} instrument enabled; where they are not, each observation's note says why
 * they are absent, and the verdict stands without them.
 */
final class MariaDbAlgorithmObserver {
    private MariaDbAlgorithmObserver() {}

    /** ER_ALTER_OPERATION_NOT_SUPPORTED and ER_ALTER_OPERATION_NOT_SUPPORTED_REASON: the server refuses the algorithm or lock. */
    private static final Set<Integer> REFUSED = Set.of(1845, 1846);
    private static final Pattern ALTER = Pattern.compile("(?is)^\\s*alter\\s+table\\b.*");
    private static final Pattern INDEX = Pattern.compile("(?is)^\\s*(create\\s+(unique\\s+)?index|drop\\s+index)\\b.*");

    private record Attempt(String algorithm, boolean lockNone) {}

    private static final List<Attempt> CHEAPEST_FIRST = List.of(new Attempt("INSTANT", true), new Attempt("INSTANT", false),
            new Attempt("NOCOPY", true), new Attempt("NOCOPY", false), new Attempt("INPLACE", true), new Attempt("INPLACE", false), new Attempt("COPY", false));

    static List<Observation> observe(ThrowawayDatabase db, Dialect dialect, ObservedSteps.Migration migration, int rows) throws SQLException {
        db.execute(dialect.createSchema(migration.before()));
        Set<String> touched = new TreeSet<>();
        migration.steps().forEach(s -> touched.add(s.table()));
        SeedRows.seed(db, dialect, PostgresLockObserver.withParents(migration.rowsLike(), touched), rows);
        List<Observation> out = new ArrayList<>();
        Optional<String> noMetadataLocks = metadataLocksAbsent(db);
        for (ObservedStep step : migration.steps()) {
            Observation o = step(db, step, rows, migration.before().hasTable(step.table()), noMetadataLocks);
            out.add(o);
            if (o.failed()) break;
        }
        return out;
    }

    /** Why {@code performance_schema.metadata_locks} cannot show this server's metadata locks, or empty when it can. */
    static Optional<String> metadataLocksAbsent(ThrowawayDatabase db) {
        try (java.sql.Statement s = db.connection().createStatement()) {
            try (java.sql.ResultSet r = s.executeQuery("SELECT @@GLOBAL.performance_schema")) {
                if (r.next() && r.getInt(1) == 0) return Optional.of("metadata locks not recorded: performance_schema is OFF on this server");
            }
            try (java.sql.ResultSet r = s.executeQuery(
                    "SELECT ENABLED FROM performance_schema.setup_instruments WHERE NAME = 'wait/lock/metadata/sql/mdl'")) {
                if (!r.next() || !"YES".equalsIgnoreCase(r.getString(1))) {
                    return Optional.of("metadata locks not recorded: the performance_schema instrument wait/lock/metadata/sql/mdl is disabled");
                }
            }
            return Optional.of("metadata locks not recorded: sampling performance_schema.metadata_locks during a step is not implemented yet");
        } catch (SQLException e) {
            return Optional.of("metadata locks not recorded: performance_schema cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Observation step(ThrowawayDatabase db, ObservedStep step, int rows, boolean existing, Optional<String> noMetadataLocks) {
        long start = System.nanoTime();
        Optional<Attempt> worst = Optional.empty();
        try {
            for (String sql : step.statements()) {
                Optional<Attempt> granted = run(db, sql);
                if (granted.isPresent() && (worst.isEmpty() || rank(granted.get()) > rank(worst.get()))) worst = granted;
            }
        } catch (SQLException e) {
            return new Observation("mariadb", step.line(), Map.of(), List.of(), List.of(), List.of(), 0, rows, Optional.empty(), Optional.empty(),
                    Optional.of(Observation.FAILED + e.getMessage()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean copied = worst.map(a -> a.algorithm().equals("COPY")).orElse(false);
        return new Observation("mariadb", step.line(), Map.of(), copied && existing ? List.of(step.table()) : List.of(), List.of(), List.of(),
                millis, rows, worst.map(Attempt::algorithm), worst.map(Attempt::lockNone), noMetadataLocks);
    }

    private static int rank(Attempt a) { return CHEAPEST_FIRST.indexOf(a); }

    /** Runs {@code sql} with the cheapest algorithm and lock the server accepts; empty for a statement that takes none. */
    private static Optional<Attempt> run(ThrowawayDatabase db, String sql) throws SQLException {
        boolean alter = ALTER.matcher(sql).matches();
        if (!alter && !INDEX.matcher(sql).matches()) {
            db.execute(List.of(sql));
            return Optional.empty();
        }
        for (Attempt a : CHEAPEST_FIRST) {
            String clause = alter ? ", ALGORITHM=" + a.algorithm() + (a.lockNone() ? ", LOCK=NONE" : "")
                    : " ALGORITHM=" + a.algorithm() + (a.lockNone() ? " LOCK=NONE" : "");
            try {
                db.execute(List.of(sql.strip() + clause));
                return Optional.of(a);
            } catch (SQLException e) {
                if (!refused(e)) throw e;
            }
        }
        throw new SQLException("MariaDB refused every algorithm for: " + sql);
    }

    /** The server's refusal of an algorithm or lock; the throw-away names the statement in an exception around it. */
    private static boolean refused(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && REFUSED.contains(sql.getErrorCode())) return true;
        }
        return false;
    }
}
