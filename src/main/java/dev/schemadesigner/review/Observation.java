package dev.schemadesigner.review;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a database did when one migration step ran on seeded rows, measured rather than guessed from the
 * statement's shape: the source {@code line} of the step, the strongest lock the step held on each table
 * that existed before it ({@code locks}, PostgreSQL), the tables whose data files were replaced
 * ({@code rewritten}: {@code pg_class.relfilenode} changed) and the existing indexes rebuilt with them, the tables
 * it read in full without rewriting them ({@code scanned}: a validation; {@code pg_stat_xact_user_tables.seq_scan}), how
 * long the step took on {@code rows} rows a table, and on MariaDB the cheapest {@code algorithm} the server
 * accepted ({@code INSTANT}, {@code NOCOPY}, {@code INPLACE}, {@code COPY}) and whether it allowed {@code LOCK=NONE}.
 * {@code note} says what could not be observed, when something could not.
 */
public record Observation(String dialect, int line, Map<String, LockMode> locks, List<String> rewritten, List<String> rebuiltIndexes, List<String> scanned,
                          long millis, long rows, Optional<String> algorithm, Optional<Boolean> lockNone, Optional<String> note) {
    public Observation {
        Objects.requireNonNull(dialect, "dialect");
        locks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(locks));
        rewritten = List.copyOf(rewritten);
        rebuiltIndexes = List.copyOf(rebuiltIndexes);
        scanned = List.copyOf(scanned);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(lockNone, "lockNone");
        Objects.requireNonNull(note, "note");
    }

    /** How {@link #note} starts when the step failed on the seeded rows (it then says the database's error). */
    public static final String FAILED = "failed: ";

    /** True when the step failed on the seeded rows: a migration that would fail in production the same way. */
    public boolean failed() { return note.filter(n -> n.startsWith(FAILED)).isPresent(); }

    /** The strongest lock of the step on any table, if it held one. */
    public Optional<LockMode> strongestLock() { return locks.values().stream().max(Comparator.naturalOrder()); }

    /**
     * True when the step rewrote a table, read one in full while writers had to wait, or (MariaDB) could only copy the
     * table or not allow LOCK=NONE. A write-blocking lock held only for a catalog change is not: it lasts
     * milliseconds whatever the size (waiting for it behind long transactions is {@code missing-lock-timeout}'s case).
     */
    public boolean disruptive() {
        boolean blocksWrites = strongestLock().map(LockMode::blocksWrites).orElse(false);
        return !rewritten.isEmpty() || blocksWrites && !scanned.isEmpty()
                || algorithm.map("COPY"::equals).orElse(false) || lockNone.map(none -> !none).orElse(false);
    }

    /** {@code ACCESS EXCLUSIVE on orders for 1.8 s at 10,000 rows; table rewritten}. */
    public String summary() {
        if (failed()) return String.format(Locale.ROOT, "failed at %,d rows: %s", rows, note.orElseThrow().substring(FAILED.length()));
        StringBuilder out = new StringBuilder();
        if (!locks.isEmpty()) {
            Map<LockMode, List<String>> byMode = new java.util.TreeMap<>(Comparator.reverseOrder());
            locks.forEach((table, mode) -> byMode.computeIfAbsent(mode, m -> new java.util.ArrayList<>()).add(table));
            List<String> parts = new java.util.ArrayList<>();
            byMode.forEach((mode, tables) -> parts.add(mode.label() + " on " + String.join(", ", tables)));
            out.append(String.join(", ", parts));
        }
        algorithm.ifPresent(a -> out.append(out.isEmpty() ? "" : ", ").append("ALGORITHM=").append(a)
                .append(lockNone.map(none -> none ? " with LOCK=NONE" : ", LOCK=NONE refused").orElse("")));
        if (out.isEmpty()) out.append("no lock on an existing table");
        out.append(" for ").append(duration(millis)).append(String.format(Locale.ROOT, " at %,d rows", rows));
        if (!rewritten.isEmpty()) out.append("; ").append(rewritten.size() == 1 && locks.size() <= 1 ? "table" : String.join(", ", rewritten)).append(" rewritten");
        else out.append("; no rewrite");
        List<String> readOnly = scanned.stream().filter(t -> !rewritten.contains(t)).toList();
        if (!readOnly.isEmpty()) out.append("; ").append(String.join(", ", readOnly)).append(" read in full");
        if (!rebuiltIndexes.isEmpty()) out.append("; indexes rebuilt: ").append(String.join(", ", rebuiltIndexes));
        note.ifPresent(n -> out.append(" (").append(n).append(')'));
        return out.toString();
    }

    /**
     * What the step did, without the timing, so that the same migration always reads the same:
     * {@code took ACCESS EXCLUSIVE on orders and rewrote orders}.
     */
    public String effect() {
        if (failed()) return "failed on them";
        List<String> parts = new java.util.ArrayList<>();
        strongestLock().ifPresent(mode -> parts.add("took " + mode.label() + " on " + String.join(", ",
                locks.entrySet().stream().filter(e -> e.getValue() == mode).map(Map.Entry::getKey).toList())));
        algorithm.ifPresent(a -> parts.add("ran with ALGORITHM=" + a + lockNone.map(none -> none ? ", LOCK=NONE" : " (LOCK=NONE refused)").orElse("")));
        if (!rewritten.isEmpty()) parts.add("rewrote " + String.join(", ", rewritten));
        if (parts.isEmpty()) parts.add("held no lock on an existing table");
        return String.join(" and ", parts);
    }

    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
