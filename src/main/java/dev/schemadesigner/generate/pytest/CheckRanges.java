package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the CHECK constraints of a table allow, as far as simple ranges and value lists go
 * ({@code severity BETWEEN 1 AND 10}, {@code score >= 0 AND score <= 100}, {@code status IN ('a', 'b')}):
 * valid sample values stay inside, and each parsed check yields a value that violates it.
 */
final class CheckRanges {

    record Bound(BigDecimal value, boolean inclusive) {}

    /** Allowed values of one column; empty parts are unconstrained. */
    record Range(Optional<Bound> low, Optional<Bound> high, List<String> allowed) {
        Range merge(Range o) {
            return new Range(low.isPresent() ? low : o.low, high.isPresent() ? high : o.high, allowed.isEmpty() ? o.allowed : allowed);
        }
    }

    /** A check and one way to break it: set {@code column} to {@code badValue} (a Python literal). */
    record Violation(Check check, String column, String badValue, String label) {}

    private static final Pattern BETWEEN = Pattern.compile("^\\(?\\s*(\\w+)\\s+between\\s+(-?[\\d.]+)\\s+and\\s+(-?[\\d.]+)\\s*\\)?$");
    private static final Pattern COMPARE = Pattern.compile("^\\(?\\s*(\\w+)\\s*(>=|>|<=|<)\\s*(-?[\\d.]+)\\s*\\)?$");
    private static final Pattern IN = Pattern.compile("^\\(?\\s*(\\w+)\\s+in\\s*\\((.*)\\)\\s*\\)?$", Pattern.CASE_INSENSITIVE);

    private final Map<String, Range> ranges = new LinkedHashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    CheckRanges(Table table) {
        for (Check c : table.checks()) parse(c);
    }

    Optional<Range> range(String column) { return Optional.ofNullable(ranges.get(column)); }

    List<Violation> violations() { return violations; }

    private void parse(Check check) {
        String expr = check.expression().strip();
        String lower = expr.toLowerCase(Locale.ROOT);
        Matcher between = BETWEEN.matcher(lower);
        if (between.matches()) {
            String col = between.group(1);
            BigDecimal lo = new BigDecimal(between.group(2));
            BigDecimal hi = new BigDecimal(between.group(3));
            put(col, new Range(Optional.of(new Bound(lo, true)), Optional.of(new Bound(hi, true)), List.of()));
            violations.add(new Violation(check, col, num(hi.add(BigDecimal.ONE)), "above_" + label(hi)));
            violations.add(new Violation(check, col, num(lo.subtract(BigDecimal.ONE)), "below_" + label(lo)));
            return;
        }
        Matcher in = IN.matcher(expr);
        if (in.matches() && !in.group(2).toLowerCase(Locale.ROOT).contains("select")) {
            List<String> values = new ArrayList<>();
            Matcher lit = Pattern.compile("'((?:[^']|'')*)'").matcher(in.group(2));
            while (lit.find()) values.add(lit.group(1).replace("''", "'"));
            if (values.isEmpty()) return;
            String col = in.group(1).toLowerCase(Locale.ROOT);
            put(col, new Range(Optional.empty(), Optional.empty(), values));
            String bad = values.contains("x") ? "y" : "x";
            violations.add(new Violation(check, col, "\"" + bad + "\"", "unlisted_value"));
            return;
        }
        String[] parts = lower.replaceAll("^\\((.*)\\)$", "$1").split("\\s+and\\s+");
        List<Violation> found = new ArrayList<>();
        for (String part : parts) {
            Matcher m = COMPARE.matcher(part.strip());
            if (!m.matches()) return;
            String col = m.group(1);
            BigDecimal v = new BigDecimal(m.group(3));
            String op = m.group(2);
            boolean inclusive = op.length() == 2;
            if (op.startsWith(">")) {
                put(col, new Range(Optional.of(new Bound(v, inclusive)), Optional.empty(), List.of()));
                found.add(new Violation(check, col, num(inclusive ? v.subtract(BigDecimal.ONE) : v), "below_" + label(v)));
            } else {
                put(col, new Range(Optional.empty(), Optional.of(new Bound(v, inclusive)), List.of()));
                found.add(new Violation(check, col, num(inclusive ? v.add(BigDecimal.ONE) : v), "above_" + label(v)));
            }
        }
        violations.addAll(found);
    }

    private void put(String column, Range r) { ranges.merge(column, r, Range::merge); }

    private static String num(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }

    private static String label(BigDecimal v) { return num(v).replace('-', 'm').replace('.', '_'); }
}
