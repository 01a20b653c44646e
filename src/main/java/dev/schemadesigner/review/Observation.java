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
 * accepted ({@code INSTANT}, {@code INPLACE}, {@code COPY}) and whether it allowed {@code LOCK=NONE}.
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

    /** The strongest lock of the step on any table, if it held one. */
    public Optional<LockMode> strongestLock() { return locks.values().stream().max(Comparator.naturalOrder()); }

    /** True when the step rewrote a table or held a lock that makes writers (or readers) wait, or MariaDB could only copy or lock. */
    public boolean disruptive() {
        return !rewritten.isEmpty() || strongestLock().map(LockMode::blocksWrites).orElse(false)
                || algorithm.map("COPY"::equals).orElse(false) || lockNone.map(none -> !none).orElse(false);
    }

    /** {@code ACCESS EXCLUSIVE on orders for 1.8 s at 10,000 rows; table rewritten}. */
    public String summary() {
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

    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
