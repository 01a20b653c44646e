package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.generate.python.Imports;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Python expressions for valid column values: built from the type, kept inside the table's CHECK
 * ranges and value lists and in the order its checks put columns in ({@link CheckRanges}), and
 * varying with the factory's sequence number {@code n} so that rows made with different {@code n}
 * differ. Every generated row (factories, the rows of the duplicate-value tests) takes its values here.
 */
final class SampleValues {
    private SampleValues() {}

    static String valueFor(Column c, Schema schema, CheckRanges checks, Imports imports) {
        LogicalType t = c.type();
        Optional<CheckRanges.Range> range = checks.range(c.name());
        int rank = checks.rank(c.name());
        if (range.isPresent() && !range.get().allowed().isEmpty()) return PyText.str(range.get().allowed().get(0));
        return t.accept(new LogicalType.Visitor<>() {
            @Override public String smallInt(LogicalType.SmallInt type) { return numeric(); }
            @Override public String integer(LogicalType.Int type) { return numeric(); }
            @Override public String bigInt(LogicalType.BigInt type) { return numeric(); }
            @Override public String decimal(LogicalType.Decimal type) { return numeric(); }
            @Override public String doublePrecision(LogicalType.Double type) { return numeric(); }
            @Override public String varchar(LogicalType.Varchar v) {
                int keep = Math.max(0, v.length() - 7);
                String prefix = c.name().length() > keep ? c.name().substring(0, keep) : c.name();
                return prefix.isEmpty() ? "str(n)[-" + v.length() + ":]" : PyText.formatted(prefix + "-", "n");
            }
            @Override public String text(LogicalType.Text type) { return PyText.formatted(c.name() + " ", "n"); }
            @Override public String bool(LogicalType.Bool type) { return "True"; }
            // an ordered column is a day (an hour for times) later per rank: ends_at > starts_at holds
            @Override public String date(LogicalType.Date type) { imports.from("datetime", "date"); return "date(2030, 1, " + (1 + rank) + ")"; }
            @Override public String time(LogicalType.Time type) { imports.from("datetime", "time"); return "time(" + (12 + rank) + ", 0)"; }
            @Override public String timestamp(LogicalType.Timestamp ts) {
                imports.from("datetime", "datetime");
                if (ts.withTimeZone()) { imports.from("datetime", "timezone"); return "datetime(2030, 1, " + (1 + rank) + ", 12, 0, tzinfo=timezone.utc)"; }
                return "datetime(2030, 1, " + (1 + rank) + ", 12, 0)";
            }
            @Override public String uuid(LogicalType.Uuid type) { imports.add("uuid"); return "str(uuid.UUID(int=n))"; }
            @Override public String json(LogicalType.Json type) { return "{\"n\": n}"; }
            @Override public String binary(LogicalType.Binary type) { return "bytes([n % 256])"; }
            @Override public String enumRef(LogicalType.EnumRef e) {
                EnumType type = schema.enumType(e.enumName()).orElseThrow();
                return PyText.enumClassName(type.name()) + "." + PyText.memberName(type.values().get(0));
            }

            private String numeric() { return checks.ordered().contains(c.name()) ? ordered(t, checks, rank) : number(t, range); }
        });
    }

    /**
     * A number for a column that checks order against others ({@code max_guests >= min_guests}):
     * every ordered column takes one shared base plus its rank, the base kept inside the ranges of
     * all of them, so each value is inside its own range and above the values it must exceed.
     */
    private static String ordered(LogicalType t, CheckRanges checks, int rank) {
        BigDecimal low = null;
        BigDecimal high = null;
        for (String column : checks.ordered()) {
            Optional<CheckRanges.Range> r = checks.range(column);
            BigDecimal lo = r.flatMap(CheckRanges.Range::low).map(b -> b.inclusive() ? b.value() : b.value().add(BigDecimal.ONE)).orElse(null);
            BigDecimal hi = r.flatMap(CheckRanges.Range::high).map(b -> b.inclusive() ? b.value() : b.value().subtract(BigDecimal.ONE)).orElse(null);
            if (lo != null && (low == null || lo.compareTo(low) > 0)) low = lo;
            if (hi != null && (high == null || hi.compareTo(high) < 0)) high = hi;
        }
        BigDecimal k = BigDecimal.valueOf(rank);
        BigDecimal top = BigDecimal.valueOf(checks.maxRank());
        String fraction = t instanceof LogicalType.Double ? " + 0.5" : "";
        if (low == null && high == null) return "n" + (rank == 0 ? "" : " + " + rank) + fraction;
        if (high == null) return plain(low.add(k)) + " + n";
        if (low == null) return plain(high.subtract(top).add(k)) + " - n";
        BigDecimal span = high.subtract(low).subtract(top).add(BigDecimal.ONE);
        if (span.compareTo(BigDecimal.ONE) <= 0 || span.stripTrailingZeros().scale() > 0) return plain(low.add(k));
        return plain(low.add(k)) + " + n % " + plain(span);
    }

    private static String number(LogicalType t, Optional<CheckRanges.Range> range) {
        Optional<CheckRanges.Bound> lo = range.flatMap(CheckRanges.Range::low);
        Optional<CheckRanges.Bound> hi = range.flatMap(CheckRanges.Range::high);
        if (lo.isEmpty() && hi.isEmpty()) return t instanceof LogicalType.Double ? "n + 0.5" : "n";
        BigDecimal low = lo.map(b -> b.inclusive() ? b.value() : b.value().add(BigDecimal.ONE)).orElse(null);
        BigDecimal high = hi.map(b -> b.inclusive() ? b.value() : b.value().subtract(BigDecimal.ONE)).orElse(null);
        boolean integral = (low == null || low.stripTrailingZeros().scale() <= 0) && (high == null || high.stripTrailingZeros().scale() <= 0);
        if (low != null && high != null) {
            if (!integral || high.compareTo(low) < 0) return plain(low);
            return plain(low) + " + n % " + plain(high.subtract(low).add(BigDecimal.ONE));
        }
        if (low != null) return plain(low) + " + n";
        return plain(high) + " - n";
    }

    private static String plain(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return s.startsWith("-") ? "(" + s + ")" : s;
    }
}
