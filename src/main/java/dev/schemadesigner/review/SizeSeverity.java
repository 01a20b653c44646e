package dev.schemadesigner.review;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same locking step is harmless on a small table and an outage on a large one. A finding about what a step
 * costs while it holds a lock (the rules of {@link #LOCK_COST}) gets its severity from the size of its table:
 * info below {@code warningRows}, warning below {@code errorRows}, error from there (defaults 100,000 and
 * 10,000,000 rows). Its message then says the size assumed and its source, and — when the step was observed — the
 * time extrapolated linearly from the observed duration at the seeded row count. A table of unknown size keeps the
 * rule's severity and the message says the size is unknown.
 */
public record SizeSeverity(long warningRows, long errorRows) {
    public static final SizeSeverity DEFAULT = new SizeSeverity(100_000, 10_000_000);

    /** Rules whose finding is about the time a step holds a lock or rewrites a table, which grows with the rows. */
    static final Set<String> LOCK_COST = Set.of("observed-lock", "create-index-not-concurrently", "set-not-null-on-existing-column",
            "add-check-validating", "add-foreign-key-validating", "volatile-default", "add-unique-constraint-locking", "change-column-type");

    public SizeSeverity {
        if (warningRows < 0 || errorRows < warningRows) {
            throw new UserFacingException(ErrorCode.INVALID_SETTING, "size thresholds must be 0 <= warning_rows <= error_rows, were " + warningRows + " and " + errorRows);
        }
    }

    public Severity of(long rows) {
        return rows >= errorRows ? Severity.ERROR : rows >= warningRows ? Severity.WARNING : Severity.INFO;
    }

    /** {@code finding} with the severity of its table's size and a message that says the size assumed. */
    Finding apply(Finding finding, String table, Optional<TableSize> size) {
        if (!LOCK_COST.contains(finding.rule())) return finding;
        if (size.isEmpty()) return new Finding(finding.rule(), finding.severity(), finding.object(),
                finding.message() + " (size of " + table + " unknown)", finding.fix(), finding.observation(), Optional.of(AssumedSize.of(table, size)), finding.proof());
        long rows = size.get().rows();
        String estimate = finding.observation().filter(o -> o.rows() > 0 && !o.failed())
                .map(o -> String.format(Locale.ROOT, "; about %s at that size, from %s at %,d rows", Observation.duration(o.millis() * rows / o.rows()),
                        Observation.duration(o.millis()), o.rows())).orElse("");
        return new Finding(finding.rule(), of(rows), finding.object(), finding.message() + " (" + table + " assumed "
                + size.get().describe() + estimate + ")", finding.fix(), finding.observation(), Optional.of(AssumedSize.of(table, size)), finding.proof());
    }

    private static final Pattern COUNT = Pattern.compile(
            "(?i)(?:--|#)[^\\n]*?~?\\s*(\\d+(?:[.,]\\d+)*)\\s*(k|m|b|thousand|million|billion)?\\s+rows\\b");

    /**
     * Row counts stated in comments of a source ({@code -- ~18M rows}, {@code # 2 million rows}), by line. The
     * statement on that line, or the first one after it, is the one whose table the count is about.
     */
    public static Map<Integer, Long> commentCounts(String source) {
        Map<Integer, Long> out = new java.util.TreeMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COUNT.matcher(lines[i]);
            if (m.find()) out.put(i + 1, count(m.group(1), m.group(2)));
        }
        return out;
    }

    private static long count(String digits, String unit) {
        double value = Double.parseDouble(unit == null ? digits.replace(",", "") : digits.replace(",", "."));
        double factor = unit == null ? 1 : switch (unit.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1e3;
            case "m", "million" -> 1e6;
            default -> 1e9;
        };
        return Math.round(value * factor);
    }
}
