package dev.schemadesigner.verify;

import java.util.Map;
import java.util.TreeMap;

/** Counts what a test class proved per database and prints one line for the build log. */
final class VerifiedTally {
    private final String what;
    private final Map<String, int[]> counts = new TreeMap<>();

    VerifiedTally(String what) { this.what = what; }

    synchronized void passed(String dialect) { counts.computeIfAbsent(dialect, d -> new int[2])[0]++; }

    synchronized void refused(String dialect) { counts.computeIfAbsent(dialect, d -> new int[2])[1]++; }

    synchronized void print() {
        StringBuilder line = new StringBuilder(what).append(':');
        counts.forEach((dialect, n) -> line.append(' ').append(dialect).append(' ').append(n[0]).append(" ok")
                .append(n[1] > 0 ? " + " + n[1] + " refused with a reason" : "").append(';'));
        System.out.println(line);
    }
}
