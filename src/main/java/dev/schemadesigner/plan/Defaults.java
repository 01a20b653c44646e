package dev.schemadesigner.plan;

import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The default a NOT NULL column added to a populated table takes, so existing rows stay valid (and no backfill is needed). */
final class Defaults {
    private Defaults() {}

    private static final Pattern LOWER_BOUND = Pattern.compile("(?i)\\bbetween\\s+(-?\\d+)\\s+and|>=\\s*(-?\\d+)|>\\s*(-?\\d+)");

    static Optional<DefaultValue> safeFill(Col col, LogicalType type) {
        if (col.fk().isPresent()) return Optional.empty();
        if (!col.enumValues().isEmpty()) return Optional.of(DefaultValue.text(col.enumValues().get(0)));
        if (type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) {
            long low = 0;
            if (col.check().isPresent()) {
                Matcher m = LOWER_BOUND.matcher(col.check().get());
                if (m.find()) low = m.group(1) != null ? Long.parseLong(m.group(1)) : m.group(2) != null ? Long.parseLong(m.group(2)) : Long.parseLong(m.group(3)) + 1;
            }
            return Optional.of(DefaultValue.number(Long.toString(low)));
        }
        if (type instanceof LogicalType.Bool) return Optional.of(DefaultValue.bool(false));
        if (type instanceof LogicalType.Timestamp) return Optional.of(DefaultValue.now());
        if (type instanceof LogicalType.Varchar || type instanceof LogicalType.Text) return Optional.of(DefaultValue.text(""));
        return Optional.empty();
    }
}
