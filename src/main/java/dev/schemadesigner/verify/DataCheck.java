package dev.schemadesigner.verify;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code data} step: seeds the before-schema ({@link SeedRows}), then after the upgrade and after
 * the downgrade compares each table with what it held before: row counts, NULLs in new and changed
 * columns, and an order-free checksum of the columns the change does not touch. A difference fails
 * the step unless the change says it (a data migration writes that table); what a downgrade cannot
 * give back — a dropped table's rows, a dropped column's values, a type change, a data migration
 * without a downgrade — is named as lossy instead of compared.
 */
final class DataCheck {

    /** How one table of the before-schema fares through the change, its columns named as before. */
    private static final class Fate {
        final Table before;
        String currentName;
        boolean dropped;
        boolean writtenByMigration;
        /** Original column → its current name; a dropped or retyped column is gone from here. */
        final Map<String, String> kept = new LinkedHashMap<>();
        /** Original columns that come back as they were after the downgrade. */
        final Set<String> restorable = new HashSet<>();
        /** Current names of columns the change adds or alters, whose NULLs are counted after the upgrade. */
        final List<String> watched = new ArrayList<>();
        final List<String> droppedColumns = new ArrayList<>();
        /** Added NOT NULL without a default: existing rows get a value only from a data migration (or a database that invents one). */
        final List<String> needsBackfill = new ArrayList<>();
        /** Current name → original column, for original columns the change alters (and may then drop). */
        final Map<String, String> altered = new LinkedHashMap<>();

        Fate(Table before) {
            this.before = before;
            this.currentName = before.name();
            for (Column c : before.columns()) {
                kept.put(c.name(), c.name());
                restorable.add(c.name());
            }
        }
    }

    private record Scan(long rows, long keptChecksum, long restorableChecksum, Map<String, Long> nulls) {}

    private final ThrowawayDatabase db;
    private final Dialect dialect;
    private final int rowsPerTable;
    private final Map<String, Fate> fates = new LinkedHashMap<>();
    private final List<String> lossy = new ArrayList<>();
    private final Map<String, Scan> before = new LinkedHashMap<>();
    private final Map<String, Scan> afterUpgrade = new LinkedHashMap<>();
    private final Map<String, Scan> afterDowngrade = new LinkedHashMap<>();
    private SeedRows.Seeded seeded;
    private long millis;
    private Optional<String> failure = Optional.empty();

    private DataCheck(ThrowawayDatabase db, Dialect dialect, int rowsPerTable) {
        this.db = db;
        this.dialect = dialect;
        this.rowsPerTable = rowsPerTable;
    }

    /** Seeds {@code schema} (already created in {@code db}) and records what each table holds. */
    static DataCheck seed(ThrowawayDatabase db, Dialect dialect, Schema schema, ChangeSet changes, int rowsPerTable) throws SQLException {
        DataCheck check = new DataCheck(db, dialect, rowsPerTable);
        long start = System.nanoTime();
        check.follow(schema, changes);
        check.seeded = SeedRows.seed(db, dialect, schema, rowsPerTable);
        for (Fate f : check.fates.values()) check.before.put(f.before.name(), check.scanBefore(f));
        for (Fate f : check.fates.values()) {
            for (String c : f.droppedColumns) {
                long values = check.before.get(f.before.name()).rows() - check.before.get(f.before.name()).nulls().getOrDefault(c, 0L);
                check.lossy.add(f.before.name() + "." + c + ": " + values + " value(s) dropped with the column; the downgrade brings the column back without them");
            }
            if (f.dropped) {
                check.lossy.add(f.before.name() + ": " + check.before.get(f.before.name()).rows() + " row(s) dropped with the table");
            }
        }
        check.millis += (System.nanoTime() - start) / 1_000_000;
        return check;
    }

    void afterUpgrade() throws SQLException {
        long start = System.nanoTime();
        for (Fate f : fates.values()) {
            if (f.dropped) continue;
            afterUpgrade.put(f.before.name(), scan(f.currentName, List.copyOf(f.kept.values()), List.of(), f.watched));
        }
        millis += (System.nanoTime() - start) / 1_000_000;
    }

    void afterDowngrade() throws SQLException {
        long start = System.nanoTime();
        for (Fate f : fates.values()) {
            afterDowngrade.put(f.before.name(), scan(f.before.name(), List.of(), restorable(f), List.of()));
        }
        millis += (System.nanoTime() - start) / 1_000_000;
    }

    /** Reading the rows back failed; the step says so. */
    void failed(String why) { failure = Optional.of(why); }

    /** The step: failed when rows or untouched values moved where the change does not say they would. */
    Verification.Step step() {
        List<DataFigures.TableFigures> shown = new ArrayList<>();
        int others = 0;
        List<String> problems = new ArrayList<>();
        for (Fate f : fates.values()) {
            Scan b = before.get(f.before.name());
            Optional<Scan> up = Optional.ofNullable(afterUpgrade.get(f.before.name()));
            Optional<Scan> down = Optional.ofNullable(afterDowngrade.get(f.before.name()));
            Optional<Boolean> keptEqual = up.map(u -> u.rows() == b.rows() && u.keptChecksum() == b.keptChecksum());
            Optional<Boolean> restoredEqual = f.dropped ? Optional.empty()
                    : down.map(d -> d.rows() == b.rows() && d.restorableChecksum() == b.restorableChecksum());
            Optional<String> problem = Optional.empty();
            if (keptEqual.isPresent() && !keptEqual.get()) {
                problem = Optional.of(f.writtenByMigration ? "rows or values changed by the change's data migration"
                        : up.get().rows() != b.rows() ? "row count changed by the upgrade" : "values of untouched columns changed by the upgrade");
            } else if (restoredEqual.isPresent() && !restoredEqual.get()) {
                problem = Optional.of(f.writtenByMigration ? "the downgrade of the data migration did not restore the rows"
                        : down.get().rows() != b.rows() ? "row count changed by the downgrade" : "values not restored by the downgrade");
            }
            if (problem.isEmpty() && up.isPresent() && b.rows() > 0 && !f.writtenByMigration && !f.needsBackfill.isEmpty()) {
                problem = Optional.of(f.needsBackfill.stream().map(c -> f.currentName + "." + c + ": " + up.get().rows()
                        + " existing row(s) got values no step of the change gave them (the database's implicit default); "
                        + "add it nullable, backfill, then set NOT NULL — or give it a default").reduce((x, y) -> x + "; " + y).orElseThrow());
                problems.add(problem.get());
            }
            boolean failing = problem.isPresent() && !f.writtenByMigration && !problems.contains(problem.get());
            if (failing) problems.add(f.before.name() + ": " + problem.get());
            boolean touched = f.dropped || !f.currentName.equals(f.before.name()) || !f.watched.isEmpty()
                    || f.kept.size() < f.before.columns().size()
                    || f.kept.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue())) || f.writtenByMigration || problem.isPresent();
            if (!touched) {
                others++;
                continue;
            }
            shown.add(new DataFigures.TableFigures(f.before.name(), b.rows(), up.map(Scan::rows), down.map(Scan::rows),
                    up.map(Scan::nulls).orElse(Map.of()), List.copyOf(f.kept.keySet()), keptEqual, restorable(f), restoredEqual, problem));
        }
        failure.ifPresent(problems::add);
        DataFigures figures = new DataFigures(rowsPerTable, seeded.rows().size(), seeded.total(), shown, others, lossy, seeded.notes());
        return new Verification.Step("data", problems.isEmpty(), millis + seeded.millis(),
                problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)), Optional.of(figures));
    }

    // ---- following the change: which columns it leaves alone, adds, alters or drops

    private void follow(Schema schema, ChangeSet changes) {
        for (Table t : schema.tables()) fates.put(t.name(), new Fate(t));
        Schema current = schema;
        for (Op op : changes.ops()) {
            if (op instanceof RenameTable o) current(o.from()).ifPresent(f -> f.currentName = o.to());
            else if (op instanceof DropTable o) current(o.table()).ifPresent(f -> f.dropped = true);
            else if (op instanceof AddColumn o) current(o.table()).ifPresent(f -> {
                f.watched.add(o.column().name());
                Column c = o.column();
                if (!c.nullable() && c.defaultValue().isEmpty() && !c.identity()) f.needsBackfill.add(c.name());
            });
            else if (op instanceof RenameColumn o) current(o.table()).ifPresent(f -> {
                f.kept.replaceAll((orig, now) -> now.equals(o.from()) ? o.to() : now);
                f.watched.replaceAll(now -> now.equals(o.from()) ? o.to() : now);
                f.needsBackfill.replaceAll(now -> now.equals(o.from()) ? o.to() : now);
            });
            else if (op instanceof DropColumn o) current(o.table()).ifPresent(f -> {
                f.needsBackfill.remove(o.column());
                String alteredOriginal = f.altered.remove(o.column());
                if (alteredOriginal != null) {
                    // an original column altered (made nullable) and then dropped is dropped all the same
                    f.watched.remove(o.column());
                    f.restorable.remove(alteredOriginal);
                    f.droppedColumns.add(alteredOriginal);
                    return;
                }
                if (f.watched.remove(o.column())) return;
                original(f, o.column()).ifPresent(orig -> {
                    f.kept.remove(orig);
                    f.restorable.remove(orig);
                    f.droppedColumns.add(orig);
                });
            });
            else if (op instanceof AlterColumn o) {
                Schema at = current;
                current(o.table()).ifPresent(f -> original(f, o.column()).ifPresent(orig -> {
                    f.kept.remove(orig);
                    f.altered.put(o.column(), orig);
                    if (!f.watched.contains(o.column())) f.watched.add(o.column());
                    if (o.changesType(at)) {
                        f.restorable.remove(orig);
                        lossy.add(f.before.name() + "." + orig + ": type change to " + o.type().describe() + "; values after the downgrade are not compared");
                    }
                }));
            } else if (op instanceof DataMigration m) {
                String sql = m.upgradeFor(dialect.name());
                for (Fate f : fates.values()) if (!f.dropped && mentions(sql, f.currentName)) f.writtenByMigration = true;
                if (!m.reversible()) lossy.add("data migration '" + m.description() + "' has no downgrade");
            }
            current = op.apply(current);
        }
    }

    private Optional<Fate> current(String table) {
        return fates.values().stream().filter(f -> !f.dropped && f.currentName.equals(table)).findFirst();
    }

    private static Optional<String> original(Fate f, String currentColumn) {
        return f.kept.entrySet().stream().filter(e -> e.getValue().equals(currentColumn)).map(Map.Entry::getKey).findFirst();
    }

    private static boolean mentions(String sql, String table) {
        return Pattern.compile("(?i)(?<![A-Za-z0-9_$])" + Pattern.quote(table) + "(?![A-Za-z0-9_$])").matcher(sql).find();
    }

    private static List<String> restorable(Fate f) {
        return f.before.columns().stream().map(Column::name).filter(f.restorable::contains).toList();
    }

    // ---- reading a table back: one SELECT, an order-free checksum per column set

    private Scan scanBefore(Fate f) throws SQLException {
        List<String> nulls = new ArrayList<>(f.droppedColumns);
        return scan(f.before.name(), List.copyOf(f.kept.keySet()), restorable(f), nulls);
    }

    private Scan scan(String table, List<String> kept, List<String> restorable, List<String> nullColumns) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (List<String> set : List.of(kept, restorable, nullColumns)) for (String c : set) if (!columns.contains(c)) columns.add(c);
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(dialect.quote(table));
        if (!columns.isEmpty()) {
            sql = new StringBuilder("SELECT ");
            for (int i = 0; i < columns.size(); i++) sql.append(i > 0 ? ", " : "").append(dialect.quote(columns.get(i)));
            sql.append(" FROM ").append(dialect.quote(table));
        }
        int[] keptAt = kept.stream().mapToInt(c -> columns.indexOf(c) + 1).toArray();
        int[] restorableAt = restorable.stream().mapToInt(c -> columns.indexOf(c) + 1).toArray();
        Map<String, Long> nulls = new LinkedHashMap<>();
        nullColumns.forEach(c -> nulls.put(c, 0L));
        long rows = 0, keptSum = 0, restorableSum = 0;
        try (Statement s = db.connection().createStatement()) {
            s.setQueryTimeout(ThrowawayDatabase.STATEMENT_TIMEOUT_SECONDS);
            try (ResultSet rs = s.executeQuery(sql.toString())) {
                if (columns.isEmpty()) {
                    rs.next();
                    return new Scan(rs.getLong(1), 0, 0, nulls);
                }
                String[] values = new String[columns.size() + 1];
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns.size(); i++) values[i] = rs.getString(i);
                    keptSum += rowHash(values, keptAt);
                    restorableSum += rowHash(values, restorableAt);
                    for (String c : nullColumns) if (values[columns.indexOf(c) + 1] == null) nulls.merge(c, 1L, Long::sum);
                }
            }
        }
        return new Scan(rows, keptSum, restorableSum, nulls);
    }

    /** FNV-1a over the row's values (NULL apart from every text), mixed; summed over rows, so order does not matter. */
    private static long rowHash(String[] values, int[] at) {
        long h = 0xcbf29ce484222325L;
        for (int i : at) {
            String v = values[i];
            if (v == null) {
                h = (h ^ 0xff) * 0x100000001b3L;
            } else {
                for (byte b : v.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0xfe) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
