package dev.schemadesigner.change;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Optional;

/**
 * The {@link RowCheck}s an operation needs when its table holds rows: a unique constraint or unique
 * index (on plain columns) needs no duplicates, a narrowing type change needs every value to fit the
 * new type. Whether the table holds rows is the caller's judgement (a table the same change created
 * is empty).
 */
public final class RowChecks {
    private RowChecks() {}

    public static List<RowCheck> of(Op op, Schema before) {
        if (op instanceof AddUnique u) {
            return List.of(new RowCheck.NoDuplicates(u.table(), u.unique().columns(), u.unique().name(), Optional.empty()));
        }
        if (op instanceof CreateIndex ci && ci.index().unique() && ci.index().keys().stream().allMatch(k -> k instanceof IndexKey.ColumnKey)) {
            return List.of(new RowCheck.NoDuplicates(ci.table(), ci.index().columnNames(), ci.index().name(), ci.index().where()));
        }
        if (op instanceof AlterColumn a && a.changesType(before)) {
            LogicalType from = before.requireTable(a.table()).column(a.column()).orElseThrow().type();
            return narrowing(from, a.type(), before).<List<RowCheck>>map(limit -> List.of(new RowCheck.ValuesFit(a.table(), a.column(), a.type(), limit)))
                    .orElse(List.of());
        }
        return List.of();
    }

    /** What {@code to} holds that {@code from} exceeds, or empty when every value of {@code from} fits (or the change converts, not narrows). */
    static Optional<RowCheck.Limit> narrowing(LogicalType from, LogicalType to, Schema schema) {
        if (to instanceof LogicalType.Varchar v) {
            int longest = from instanceof LogicalType.Varchar f ? f.length()
                    : from instanceof LogicalType.EnumRef e ? enumValues(e, schema).stream().mapToInt(String::length).max().orElse(0)
                    : from instanceof LogicalType.Text ? Integer.MAX_VALUE : 0;
            return longest > v.length() ? Optional.of(new RowCheck.Limit.MaxLength(v.length())) : Optional.empty();
        }
        if (to.isInteger()) {
            long max = maxOf(to);
            boolean fractions = from instanceof LogicalType.Decimal d && d.scale() > 0 || from instanceof LogicalType.Double;
            boolean wider = from.isInteger() && maxOf(from) > max || from instanceof LogicalType.Decimal d && digits(d) >= digitsOf(to)
                    || from instanceof LogicalType.Double;
            return fractions || wider ? Optional.of(new RowCheck.Limit.IntegerRange(-max - 1, max, fractions)) : Optional.empty();
        }
        if (to instanceof LogicalType.Decimal d) {
            boolean narrower = from instanceof LogicalType.Decimal f ? f.scale() > d.scale() || digits(f) > digits(d)
                    : from.isInteger() ? digitsOf(from) > digits(d) : from instanceof LogicalType.Double;
            return narrower ? Optional.of(new RowCheck.Limit.Digits(d.precision(), d.scale())) : Optional.empty();
        }
        if (to instanceof LogicalType.EnumRef e) {
            List<String> values = enumValues(e, schema);
            boolean narrower = from instanceof LogicalType.Varchar || from instanceof LogicalType.Text
                    || from instanceof LogicalType.EnumRef f && !values.containsAll(enumValues(f, schema));
            return narrower ? Optional.of(new RowCheck.Limit.OneOf(values)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> enumValues(LogicalType.EnumRef e, Schema schema) {
        return schema.enumType(e.enumName()).map(EnumType::values).orElse(List.of());
    }

    private static long maxOf(LogicalType integer) {
        return integer instanceof LogicalType.SmallInt ? Short.MAX_VALUE : integer instanceof LogicalType.Int ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    /** Digits before the point. */
    private static int digits(LogicalType.Decimal d) { return d.precision() - d.scale(); }

    /** Digits the largest value of an integer type has: 5, 10 or 19. */
    private static int digitsOf(LogicalType integer) { return String.valueOf(maxOf(integer)).length(); }
}
