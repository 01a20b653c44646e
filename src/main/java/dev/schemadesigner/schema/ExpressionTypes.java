package dev.schemadesigner.schema;

import net.sf.jsqlparser.statement.create.table.ColDataType;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types an expression may cast to: the model's column types as the three databases spell
 * them (and PostgreSQL's arrays of them). A cast is printed from the {@link CastType} read here.
 */
public final class ExpressionTypes {
    private ExpressionTypes() {}

    private static final Set<String> KNOWN = Set.of("smallint", "integer", "int", "bigint", "int2", "int4", "int8", "numeric",
            "decimal", "real", "double precision", "double", "float", "float4", "float8", "text", "varchar", "character varying",
            "char", "character", "boolean", "bool", "date", "time", "timestamp", "timestamptz", "timestamp with time zone",
            "timestamp without time zone", "datetime", "uuid", "json", "jsonb", "bytea", "signed", "unsigned", "signed integer",
            "unsigned integer", "interval");

    private static final Pattern SHAPE = Pattern.compile("([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d{1,4})\\s*(?:,\\s*(\\d{1,4})\\s*)?\\))?");

    /** A cast target: a known type name, its length or precision and scale, and how many array dimensions. */
    public record CastType(String name, Optional<Integer> precision, Optional<Integer> scale, int arrayDimensions) {
        public String sql() {
            String args = precision.map(p -> "(" + p + scale.map(s -> "," + s).orElse("") + ")").orElse("");
            return name.toUpperCase(Locale.ROOT) + args + "[]".repeat(arrayDimensions);
        }
    }

    /** The cast target of {@code type}, or a refusal naming it. */
    static CastType require(ColDataType type, ExpressionReader.Scope scope) {
        return read(type).orElseThrow(() -> new ExpressionRefusedException("casts to " + ExpressionReader.abbreviated(String.valueOf(type))
                + " are not allowed in " + scope.kind().label()));
    }

    public static Optional<CastType> read(ColDataType type) {
        if (type == null || type.getDataType() == null) return Optional.empty();
        if (type.getArgumentsStringList() != null && !type.getArgumentsStringList().isEmpty()) return Optional.empty();
        String text = type.getDataType().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || !KNOWN.contains(m.group(1).trim())) return Optional.empty();
        int dimensions = type.getArrayData() == null ? 0 : type.getArrayData().size();
        if (dimensions > 1) return Optional.empty();
        return Optional.of(new CastType(m.group(1).trim(), Optional.ofNullable(m.group(2)).map(Integer::valueOf),
                Optional.ofNullable(m.group(3)).map(Integer::valueOf), dimensions));
    }
}
