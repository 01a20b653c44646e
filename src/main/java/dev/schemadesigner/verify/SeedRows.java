package dev.schemadesigner.verify;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fills every table of a schema with rows a database accepts, the same rows every time: parents
 * before children (a foreign key takes the key of an earlier parent row; a self-reference the row
 * before, or NULL; in a cycle the nullable side is NULL), values of each column's type and length,
 * enum values, values the table's CHECKs allow (tried against them; a row no candidate satisfies is
 * left out and the table's shortfall is said), distinct values for every key and unique constraint,
 * some NULLs in nullable columns, and nothing in columns with a default, which the database fills.
 * Outside keys, values repeat only where a column's domain is smaller than the rows (its default,
 * enum values, a CHECK's choices or range, a known scale, booleans), as in real data: a unique the
 * change adds on such a column meets duplicates and its row check stops the upgrade; one on a column
 * of distinct values ({@code title_0}, {@code title_1}, …) passes (RowChecksOverSeededRowsTest).
 * Each table's rows go in as one multi-row INSERT (in chunks for large counts).
 */
public final class SeedRows {

    /** The default of {@code SD_VERIFY_SEED_ROWS}. */
    public static final int DEFAULT_ROWS = 50;
    private static final int ATTEMPTS = 8;
    private static final int ROWS_PER_INSERT = 500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    /** What went in: rows per table, in insertion order, and why a table holds fewer rows than asked for. */
    public record Seeded(Map<String, Integer> rows, List<String> notes, long millis) {
        public Seeded {
            rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
            notes = List.copyOf(notes);
        }

        public int total() { return rows.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    /** A JSON text value, kept apart from plain strings only to stay honest about its type. */
    private record JsonText(String text) {}

    private final Schema schema;
    private final int rowsPerTable;
    /** Rows kept so far, per table, as column name → value, for foreign keys to pick from. */
    private final Map<String, List<Map<String, Object>>> kept = new HashMap<>();

    private SeedRows(Schema schema, int rowsPerTable) {
        this.schema = schema;
        this.rowsPerTable = rowsPerTable;
    }

    /** Generates and inserts the rows of {@code schema} into {@code db}; a table the database refuses is left empty and said. */
    public static Seeded seed(ThrowawayDatabase db, Dialect dialect, Schema schema, int rowsPerTable) throws SQLException {
        long start = System.nanoTime();
        SeedRows seeder = new SeedRows(schema, rowsPerTable);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        boolean sqlite = db.kind() == ThrowawayDatabase.Kind.SQLITE;
        var connection = db.connection();
        boolean autoCommit = connection.getAutoCommit();
        if (sqlite) connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(ThrowawayDatabase.STATEMENT_TIMEOUT_SECONDS);
            for (Order.Step step : Order.of(schema)) {
                Table table = step.table();
                Generated g = seeder.generate(table, step.nullForeignKeys());
                notes.addAll(g.notes());
                try {
                    for (String sql : inserts(dialect, db.kind(), table, g)) s.execute(sql);
                    if (db.kind() == ThrowawayDatabase.Kind.POSTGRESQL) advanceIdentities(s, dialect, table, g);
                    seeder.kept.put(table.name(), g.rows());
                    counts.put(table.name(), g.rows().size());
                } catch (SQLException refused) {
                    seeder.kept.put(table.name(), List.of());
                    counts.put(table.name(), 0);
                    notes.add(table.name() + ": not seeded, the database refused the rows: " + firstLine(refused.getMessage()));
                }
            }
            if (sqlite) connection.commit();
        } finally {
            if (sqlite) connection.setAutoCommit(autoCommit);
        }
        return new Seeded(counts, notes, (System.nanoTime() - start) / 1_000_000);
    }

    /** The rows {@code seed} would insert into each table, without a database (same order, same values; refusals aside). */
    static Map<String, List<Map<String, Object>>> rows(Schema schema, int rowsPerTable) {
        SeedRows seeder = new SeedRows(schema, rowsPerTable);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Order.Step step : Order.of(schema)) {
            Generated g = seeder.generate(step.table(), step.nullForeignKeys());
            seeder.kept.put(step.table().name(), g.rows());
            out.put(step.table().name(), g.rows());
        }
        return out;
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    // ---- generation

    private record Generated(List<String> columns, List<Map<String, Object>> rows, List<String> notes) {}

    private Generated generate(Table table, Set<String> nullForeignKeys) {
        List<String> notes = new ArrayList<>();
        SeedChecks checks = new SeedChecks(table.checks());
        List<List<String>> keys = uniqueKeys(table);
        List<Set<List<Object>>> seen = new ArrayList<>();
        keys.forEach(k -> seen.add(new HashSet<>()));
        Map<String, ForeignKey> fkOf = new HashMap<>();
        for (ForeignKey fk : table.foreignKeys()) for (String c : fk.columns()) fkOf.putIfAbsent(c, fk);
        Set<String> keyColumns = new HashSet<>();
        keys.forEach(keyColumns::addAll);
        // a column with a default is left to the database, unless a key, a foreign key or a check needs its value
        List<String> columns = table.columns().stream()
                .filter(c -> c.defaultValue().isEmpty() || keyColumns.contains(c.name()) || fkOf.containsKey(c.name())
                        || mentioned(table.checks(), c.name()))
                .map(Column::name).toList();

        List<Map<String, Object>> rows = new ArrayList<>();
        int unsatisfiable = 0;
        Optional<Check> lastViolated = Optional.empty();
        boolean missingParent = false;
        for (int i = 0; i < rowsPerTable; i++) {
            Map<String, Object> row = null;
            for (int attempt = 0; attempt < ATTEMPTS && row == null; attempt++) {
                Map<String, Object> candidate = new LinkedHashMap<>();
                boolean possible = true;
                for (ForeignKey fk : table.foreignKeys()) {
                    if (!columns.containsAll(fk.columns()) || candidate.containsKey(fk.columns().get(0))) continue;
                    Optional<Map<String, Object>> parent = parentRow(table, fk, nullForeignKeys, rows, i, attempt);
                    if (parent == null) { possible = false; missingParent = true; break; }
                    for (int k = 0; k < fk.columns().size(); k++) {
                        String col = fk.columns().get(k);
                        candidate.put(col, parent.map(p -> p.get(fk.referencedColumns().get(k2(fk, col)))).orElse(null));
                    }
                }
                if (!possible) break;
                for (String name : columns) {
                    if (candidate.containsKey(name)) continue;
                    Column c = table.column(name).orElseThrow();
                    boolean mayBeNull = c.nullable() && !keyColumns.contains(name) && i % 5 == 4 && attempt == 0;
                    candidate.put(name, mayBeNull ? null : value(c, checks.domain(name), i + attempt * rowsPerTable, attempt));
                }
                Optional<Check> violated = checks.violated(candidate);
                if (violated.isPresent()) { lastViolated = violated; continue; }
                if (!distinct(candidate, keys, seen)) continue;
                row = candidate;
            }
            if (missingParent) break;
            if (row == null) { unsatisfiable++; continue; }
            for (int k = 0; k < keys.size(); k++) {
                List<Object> key = keyOf(row, keys.get(k));
                if (key != null) seen.get(k).add(key);
            }
            rows.add(row);
        }
        if (rows.size() < rowsPerTable) {
            String why = missingParent ? "a NOT NULL foreign key has no parent rows to point at"
                    : lastViolated.map(c -> "no generated value satisfied CHECK " + c.name() + " (" + c.expression() + ")")
                    .orElse("its unique keys ran out of distinct values");
            notes.add(String.format(Locale.ROOT, "%s: %d of %d rows — %s", table.name(), rows.size(), rowsPerTable, why));
        }
        return new Generated(columns, rows, notes);
    }

    private static int k2(ForeignKey fk, String column) { return fk.columns().indexOf(column); }

    private static boolean mentioned(List<Check> checks, String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return checks.stream().anyMatch(k -> k.expression().toLowerCase(Locale.ROOT).contains(c));
    }

    /**
     * The parent row a foreign key points at: an earlier table's row, a row before this one in a
     * self-reference; empty for NULL; {@code null} when the key cannot be NULL and has nothing to point at.
     */
    private Optional<Map<String, Object>> parentRow(Table table, ForeignKey fk, Set<String> nullForeignKeys,
                                                     List<Map<String, Object>> ownRows, int i, int attempt) {
        boolean nullable = fk.columns().stream().allMatch(c -> table.column(c).map(Column::nullable).orElse(true));
        boolean self = fk.referencedTable().equals(table.name());
        List<Map<String, Object>> parents = self ? ownRows : kept.getOrDefault(fk.referencedTable(), List.of());
        if (nullForeignKeys.contains(fk.name()) || parents.isEmpty() || (nullable && i % 7 == 6 && attempt == 0)) {
            return nullable ? Optional.empty() : null;
        }
        int pick = self ? Math.max(0, parents.size() - 1 - attempt) : Math.floorMod(i + attempt * 7, parents.size());
        Map<String, Object> parent = parents.get(pick);
        for (String rc : fk.referencedColumns()) if (parent.get(rc) == null) return nullable ? Optional.empty() : null;
        return Optional.of(parent);
    }

    /** Primary key, unique constraints and unique indexes on plain columns: each must stay distinct. */
    private static List<List<String>> uniqueKeys(Table table) {
        List<List<String>> keys = new ArrayList<>();
        table.primaryKey().map(PrimaryKey::columns).ifPresent(keys::add);
        for (Unique u : table.uniques()) keys.add(u.columns());
        for (Index ix : table.indexes()) {
            if (!ix.unique()) continue;
            List<String> cols = ix.keys().stream().filter(k -> k instanceof IndexKey.ColumnKey).map(k -> ((IndexKey.ColumnKey) k).column()).toList();
            if (!cols.isEmpty()) keys.add(cols);
        }
        return keys;
    }

    private static boolean distinct(Map<String, Object> row, List<List<String>> keys, List<Set<List<Object>>> seen) {
        for (int k = 0; k < keys.size(); k++) {
            List<Object> key = keyOf(row, keys.get(k));
            if (key != null && seen.get(k).contains(key)) return false;
        }
        return true;
    }

    /** The key's values, compared as the database would (numbers by value); null when one is NULL (never a clash). */
    private static List<Object> keyOf(Map<String, Object> row, List<String> columns) {
        List<Object> key = new ArrayList<>(columns.size());
        for (String c : columns) {
            Object v = row.get(c);
            if (v == null) return null;
            key.add(v instanceof BigDecimal d ? d.stripTrailingZeros() : v instanceof String s ? s.toLowerCase(Locale.ROOT) : v);
        }
        return key;
    }

    /** The {@code n}th value of a column (n counts rows, then attempts), within what its checks allow. */
    private Object value(Column c, SeedChecks.Domain checked, int n, int attempt) {
        if (!checked.choices().isEmpty()) return checked.choices().get(Math.floorMod(n, checked.choices().size()));
        LogicalType t = c.type();
        // rows look like real data: a column whose name says its scale (sentiment −1…1, a rating 1…5) stays in it when no
        // CHECK says otherwise, so a CHECK a change adds for that meaning holds on them as it would on real rows
        SeedChecks.Domain domain = checked.min().isEmpty() && checked.max().isEmpty() && (t.isInteger() || t instanceof LogicalType.Decimal
                || t instanceof LogicalType.Double)
                ? dev.schemadesigner.schema.KnownRanges.forColumn(c.name()).map(r -> new SeedChecks.Domain(Optional.of(new BigDecimal(r.low())), false,
                        Optional.of(new BigDecimal(r.high())), false, checked.choices(), checked.likePattern(), checked.minLength(), checked.maxLength()))
                        .orElse(checked)
                : checked;
        if (t instanceof LogicalType.EnumRef e) {
            List<String> values = schema.enumType(e.enumName()).map(EnumType::values).orElse(List.of("a"));
            return values.get(Math.floorMod(n, values.size()));
        }
        if (t.isInteger()) {
            long max = t instanceof LogicalType.SmallInt ? Short.MAX_VALUE : t instanceof LogicalType.Int ? Integer.MAX_VALUE : Long.MAX_VALUE;
            return integer(domain, n, 1, max);
        }
        if (t instanceof LogicalType.Decimal d) {
            BigDecimal limit = BigDecimal.TEN.pow(d.precision() - d.scale()).subtract(BigDecimal.ONE);
            BigDecimal fraction = d.scale() > 0 ? new BigDecimal("0.5") : BigDecimal.ZERO;
            return number(domain, n, limit, fraction).setScale(d.scale(), RoundingMode.DOWN);
        }
        if (t instanceof LogicalType.Double) return number(domain, n, new BigDecimal("1e9"), new BigDecimal("0.25")).doubleValue();
        if (t instanceof LogicalType.Varchar v) return text(c.name(), domain, n, v.length());
        if (t instanceof LogicalType.Text) return text(c.name(), domain, n, Integer.MAX_VALUE);
        if (t instanceof LogicalType.Bool) return n % 2 == 0;
        if (t instanceof LogicalType.Date) return FIRST_DAY.plusDays(n);
        if (t instanceof LogicalType.Time) return LocalTime.MIDNIGHT.plusMinutes(Math.floorMod(n, 1440));
        if (t instanceof LogicalType.Timestamp) return FIRST_DAY.atStartOfDay().plusHours(n);
        if (t instanceof LogicalType.Uuid) return new UUID(0x0000_0000_0000_4000L, 0x8000_0000_0000_0000L | n);
        if (t instanceof LogicalType.Json) return new JsonText("{\"n\": " + n + "}");
        if (t instanceof LogicalType.Binary) return new byte[] {(byte) (n >>> 8), (byte) n};
        return text(c.name(), domain, n, 16);
    }

    private static long integer(SeedChecks.Domain d, int n, long floor, long ceiling) {
        BigDecimal hi = d.max().map(m -> d.maxExclusive() ? m.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE) : m.setScale(0, RoundingMode.FLOOR))
                .orElse(BigDecimal.valueOf(ceiling)).min(BigDecimal.valueOf(ceiling));
        BigDecimal lo = d.min().map(m -> d.minExclusive() ? m.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE) : m.setScale(0, RoundingMode.CEILING))
                .orElseGet(() -> d.max().isPresent() ? hi.subtract(BigDecimal.valueOf(1_000_000)).min(BigDecimal.valueOf(floor)) : BigDecimal.valueOf(floor))
                .max(BigDecimal.valueOf(-ceiling));
        if (hi.compareTo(lo) < 0) return lo.longValue();
        BigDecimal span = hi.subtract(lo).add(BigDecimal.ONE);
        return lo.add(BigDecimal.valueOf(n).remainder(span)).longValue();
    }

    /** Unbounded: n + 1 and a fraction; bounded: spread strictly inside the bounds (so an exclusive bound holds too). */
    private static BigDecimal number(SeedChecks.Domain d, int n, BigDecimal limit, BigDecimal fraction) {
        if (d.min().isEmpty() && d.max().isEmpty()) {
            return BigDecimal.valueOf(n % limit.max(BigDecimal.ONE).longValue() + 1).add(fraction).min(limit);
        }
        BigDecimal hi = d.max().orElse(limit).min(limit);
        BigDecimal lo = d.min().orElseGet(() -> hi.subtract(BigDecimal.valueOf(1000))).max(limit.negate());
        if (hi.compareTo(lo) <= 0) return lo;
        BigDecimal share = BigDecimal.valueOf(n % 997 + 1).divide(BigDecimal.valueOf(999), 12, RoundingMode.DOWN);
        return lo.add(hi.subtract(lo).multiply(share));
    }

    private static String text(String column, SeedChecks.Domain d, int n, int declared) {
        int length = Math.min(declared, d.maxLength());
        String value = unpadded(column, d, n, length);
        // a CHECK on length(c) asks for at least so many characters: pad with a filler that keeps values distinct
        return value.length() >= d.minLength() ? value : value + "x".repeat(Math.min(length, d.minLength()) - value.length());
    }

    private static String unpadded(String column, SeedChecks.Domain d, int n, int length) {
        if (d.likePattern().isPresent()) {
            String p = d.likePattern().get();
            int first = p.indexOf('%');
            String filled = first < 0 ? p.replace('_', 'x')
                    : (p.substring(0, first) + column + n + p.substring(first + 1).replace("%", "")).replace('_', 'x');
            if (filled.length() <= length) return filled;
        }
        String plain = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_" + n;
        // an address column holds addresses in any real table; a CHECK such as email LIKE '%@%' expects one
        if (column.toLowerCase(Locale.ROOT).contains("email") && (plain + "@example.com").length() <= length) return plain + "@example.com";
        if (plain.length() <= length) return plain;
        String base36 = Integer.toString(n, 36);
        return base36.length() <= length ? base36 : base36.substring(base36.length() - length);
    }

    // ---- rendering: one multi-row INSERT per table (chunks of ROWS_PER_INSERT)

    private static List<String> inserts(Dialect dialect, ThrowawayDatabase.Kind kind, Table table, Generated g) {
        List<String> sql = new ArrayList<>();
        if (g.rows().isEmpty()) return sql;
        StringBuilder head = new StringBuilder("INSERT INTO ").append(dialect.quote(table.name()));
        if (g.columns().isEmpty()) {
            // every column has a default: one statement per row keeps this portable
            String one = kind == ThrowawayDatabase.Kind.MARIADB ? head + " VALUES ()" : head + " DEFAULT VALUES";
            for (int i = 0; i < g.rows().size(); i++) sql.add(one);
            return sql;
        }
        head.append(" (");
        for (int i = 0; i < g.columns().size(); i++) head.append(i > 0 ? ", " : "").append(dialect.quote(g.columns().get(i)));
        head.append(") VALUES ");
        for (int from = 0; from < g.rows().size(); from += ROWS_PER_INSERT) {
            StringBuilder out = new StringBuilder(head);
            int to = Math.min(g.rows().size(), from + ROWS_PER_INSERT);
            for (int r = from; r < to; r++) {
                out.append(r > from ? ", (" : "(");
                Map<String, Object> row = g.rows().get(r);
                for (int i = 0; i < g.columns().size(); i++) {
                    if (i > 0) out.append(", ");
                    literal(out, kind, row.get(g.columns().get(i)));
                }
                out.append(')');
            }
            sql.add(out.toString());
        }
        return sql;
    }

    private static void literal(StringBuilder out, ThrowawayDatabase.Kind kind, Object v) {
        if (v == null) out.append("NULL");
        else if (v instanceof Boolean b) out.append(kind == ThrowawayDatabase.Kind.SQLITE ? (b ? "1" : "0") : (b ? "TRUE" : "FALSE"));
        else if (v instanceof BigDecimal d) out.append(d.toPlainString());
        else if (v instanceof Long || v instanceof Integer) out.append(v);
        else if (v instanceof java.lang.Double d) out.append(BigDecimal.valueOf(d).toPlainString());
        else if (v instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) hex.append(String.format(Locale.ROOT, "%02x", b));
            out.append(kind == ThrowawayDatabase.Kind.POSTGRESQL ? "'\\x" + hex + "'" : "X'" + hex + "'");
        } else if (v instanceof LocalDateTime t) string(out, kind, t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        else if (v instanceof LocalTime t) string(out, kind, t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")));
        else if (v instanceof JsonText j) string(out, kind, j.text());
        else string(out, kind, v.toString());
    }

    private static void string(StringBuilder out, ThrowawayDatabase.Kind kind, String s) {
        String escaped = s.replace("'", "''");
        if (kind == ThrowawayDatabase.Kind.MARIADB) escaped = escaped.replace("\\", "\\\\");
        out.append('\'').append(escaped).append('\'');
    }

    /** Explicit keys leave a PostgreSQL identity's sequence behind: moved past them, so a migration's own inserts do not clash. */
    private static void advanceIdentities(Statement s, Dialect dialect, Table table, Generated g) throws SQLException {
        if (g.rows().isEmpty()) return;
        for (Column c : table.columns()) {
            if (!c.identity() || !g.columns().contains(c.name())) continue;
            String t = dialect.quote(table.name()).replace("'", "''");
            s.execute("SELECT setval(pg_get_serial_sequence('" + t + "', '" + c.name().replace("'", "''") + "'), (SELECT MAX("
                    + dialect.quote(c.name()) + ") FROM " + dialect.quote(table.name()) + "))");
        }
    }

    // ---- order: parents first; the first table of a cycle leaves its keys to later tables NULL

    record Order(List<Step> steps) {
        record Step(Table table, Set<String> nullForeignKeys) {}

        static List<Step> of(Schema schema) {
            List<Table> remaining = new ArrayList<>(schema.tables());
            Set<String> known = new HashSet<>();
            schema.tables().forEach(t -> known.add(t.name()));
            Set<String> done = new HashSet<>();
            List<Step> steps = new ArrayList<>();
            while (!remaining.isEmpty()) {
                Table next = remaining.stream().filter(t -> waitingOn(t, done, known).isEmpty()).findFirst().orElse(null);
                Set<String> nulls = Set.of();
                if (next == null) {
                    // a cycle: the table whose keys to the tables not yet seeded can all be NULL goes first
                    next = remaining.stream().filter(t -> waitingOn(t, done, known).stream()
                            .allMatch(fk -> fk.columns().stream().allMatch(c -> t.column(c).map(Column::nullable).orElse(true))))
                            .findFirst().orElse(remaining.get(0));
                    Table chosen = next;
                    nulls = new HashSet<>(waitingOn(chosen, done, known).stream().map(ForeignKey::name).toList());
                }
                steps.add(new Step(next, nulls));
                done.add(next.name());
                remaining.remove(next);
            }
            return steps;
        }

        private static List<ForeignKey> waitingOn(Table t, Set<String> done, Set<String> known) {
            return t.foreignKeys().stream()
                    .filter(fk -> !fk.referencedTable().equals(t.name()) && known.contains(fk.referencedTable()) && !done.contains(fk.referencedTable()))
                    .toList();
        }
    }
}
