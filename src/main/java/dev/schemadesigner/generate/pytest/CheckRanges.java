package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.DefaultValue;
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
 * What the CHECK constraints of a table allow, as far as simple ranges, value lists and orderings
 * between columns go ({@code severity BETWEEN 1 AND 10}, {@code score >= 0 AND score <= 100},
 * {@code status IN ('a', 'b')}, {@code ends_at > starts_at}): valid sample values stay inside and
 * keep the order ({@link SampleValues} reads both), and each parsed range or list yields a value that violates it.
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

    /** {@code a > b}, {@code a >= b}, {@code b < a}, {@code a <> b}: column {@code greater} takes a value above {@code lesser}'s. */
    private static final Pattern COLUMN_COMPARE = Pattern.compile("^\\(?\\s*\"?([a-z_]\\w*)\"?\\s*(>=|>|<=|<|<>|!=)\\s*\"?([a-z_]\\w*)\"?\\s*\\)?$");

    private record Order(String greater, String lesser) {}

    private final Table table;
    private final Map<String, Range> ranges = new LinkedHashMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final Map<String, Integer> ranks = new LinkedHashMap<>();

    CheckRanges(Table table) {
        this.table = table;
        for (Check c : table.checks()) parse(c);
        rank();
    }

    Optional<Range> range(String column) { return Optional.ofNullable(ranges.get(column)); }

    /**
     * Whether the column's default passes the ranges and value lists read here: a default the checks
     * reject ({@code DEFAULT 0} under {@code CHECK (minutes > 0)}) fails every row that leaves the column
     * out, so a valid row has to set it. Defaults of other kinds, and columns without a range, pass.
     */
    boolean admits(String column, DefaultValue value) {
        Range r = ranges.get(column);
        if (r == null) return true;
        if (value instanceof DefaultValue.Text text) return r.allowed().isEmpty() || r.allowed().contains(text.value());
        if (!(value instanceof DefaultValue.Number number)) return true;
        BigDecimal v = new BigDecimal(number.value());
        if (!r.allowed().isEmpty() && r.allowed().stream().noneMatch(a -> sameNumber(a, v))) return false;
        boolean aboveLow = r.low().map(b -> b.inclusive() ? v.compareTo(b.value()) >= 0 : v.compareTo(b.value()) > 0).orElse(true);
        boolean belowHigh = r.high().map(b -> b.inclusive() ? v.compareTo(b.value()) <= 0 : v.compareTo(b.value()) < 0).orElse(true);
        return aboveLow && belowHigh;
    }

    private static boolean sameNumber(String literal, BigDecimal v) {
        try {
            return new BigDecimal(literal).compareTo(v) == 0;
        } catch (NumberFormatException text) {
            return false;
        }
    }

    /**
     * The column's place in the orderings the checks demand: 0 for a column no check orders, and
     * above the rank of every column it must exceed. Sample values grow with the rank.
     */
    int rank(String column) { return ranks.getOrDefault(column, 0); }

    /** The highest rank in the table (0 without orderings). */
    int maxRank() { return ranks.values().stream().max(Integer::compare).orElse(0); }

    /** The columns some check orders against another: their sample values share one base so that the order holds. */
    java.util.Set<String> ordered() { return ranks.keySet(); }

    /** Longest-path ranks over the orderings; a cycle (which no row satisfies) stops after as many rounds as there are columns. */
    private void rank() {
        orders.forEach(o -> { ranks.putIfAbsent(o.lesser(), 0); ranks.putIfAbsent(o.greater(), 0); });
        for (int round = 0; round < ranks.size(); round++) {
            boolean changed = false;
            for (Order o : orders) {
                int needed = ranks.get(o.lesser()) + 1;
                if (ranks.get(o.greater()) < needed) { ranks.put(o.greater(), needed); changed = true; }
            }
            if (!changed) break;
        }
    }

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
            Matcher pair = COLUMN_COMPARE.matcher(part.strip());
            if (!m.matches() && pair.matches() && table.column(pair.group(1)).isPresent() && table.column(pair.group(3)).isPresent()) {
                boolean greaterFirst = !pair.group(2).startsWith("<") || pair.group(2).equals("<>");
                orders.add(greaterFirst ? new Order(pair.group(1), pair.group(3)) : new Order(pair.group(3), pair.group(1)));
                continue;
            }
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
