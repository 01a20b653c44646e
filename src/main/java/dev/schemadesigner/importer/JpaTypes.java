package dev.schemadesigner.importer;

import dev.schemadesigner.schema.LogicalType;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Java field types to logical types as Hibernate maps them, and Spring's physical naming of tables and columns. */
final class JpaTypes {
    private JpaTypes() {}

    static final int DEFAULT_LENGTH = 255;
    static final int DEFAULT_PRECISION = 19;
    static final int DEFAULT_SCALE = 2;

    private static final Map<String, LogicalType> BASIC = Map.ofEntries(
            Map.entry("Long", LogicalType.BIGINT), Map.entry("long", LogicalType.BIGINT), Map.entry("BigInteger", LogicalType.BIGINT),
            Map.entry("Integer", LogicalType.INTEGER), Map.entry("int", LogicalType.INTEGER),
            Map.entry("Short", LogicalType.SMALLINT), Map.entry("short", LogicalType.SMALLINT),
            Map.entry("Byte", LogicalType.SMALLINT), Map.entry("byte", LogicalType.SMALLINT),
            Map.entry("Double", LogicalType.DOUBLE), Map.entry("double", LogicalType.DOUBLE),
            Map.entry("Float", LogicalType.DOUBLE), Map.entry("float", LogicalType.DOUBLE),
            Map.entry("Boolean", LogicalType.BOOLEAN), Map.entry("boolean", LogicalType.BOOLEAN),
            Map.entry("LocalDate", LogicalType.DATE), Map.entry("LocalTime", LogicalType.TIME),
            Map.entry("LocalDateTime", LogicalType.TIMESTAMP), Map.entry("Timestamp", LogicalType.TIMESTAMP),
            Map.entry("Date", LogicalType.TIMESTAMP), Map.entry("Calendar", LogicalType.TIMESTAMP),
            Map.entry("Instant", LogicalType.TIMESTAMPTZ), Map.entry("OffsetDateTime", LogicalType.TIMESTAMPTZ),
            Map.entry("ZonedDateTime", LogicalType.TIMESTAMPTZ),
            Map.entry("UUID", LogicalType.UUID),
            Map.entry("byte[]", LogicalType.BINARY), Map.entry("Byte[]", LogicalType.BINARY),
            Map.entry("Character", LogicalType.varchar(1)), Map.entry("char", LogicalType.varchar(1)));

    private static final Set<String> PRIMITIVES = Set.of("long", "int", "short", "byte", "double", "float", "boolean", "char");

    /** The logical type of a basic field; strings and decimals take their size from {@code @Column}. Empty for a type that is not basic. */
    static Optional<LogicalType> basic(String javaType, boolean lob, Optional<JpaAnnotation> column, Optional<JpaAnnotation> temporal) {
        String type = simpleName(javaType);
        if (type.equals("String") || type.equals("char[]") || type.equals("Character[]")) {
            if (lob) return Optional.of(LogicalType.TEXT);
            return Optional.of(LogicalType.varchar(column.flatMap(c -> c.integer("length")).filter(n -> n > 0).orElse(DEFAULT_LENGTH)));
        }
        if (type.equals("BigDecimal")) {
            Optional<Integer> precision = column.flatMap(c -> c.integer("precision")).filter(n -> n > 0);
            Optional<Integer> scale = column.flatMap(c -> c.integer("scale"));
            if (precision.isEmpty() && scale.filter(s -> s > 0).isEmpty()) return Optional.of(LogicalType.decimal(DEFAULT_PRECISION, DEFAULT_SCALE));
            int p = precision.orElse(DEFAULT_PRECISION);
            return Optional.of(LogicalType.decimal(p, Math.min(scale.orElse(0), p)));
        }
        if ((type.equals("Date") || type.equals("Calendar")) && temporal.isPresent()) {
            String kind = temporal.get().constant("value").orElse("TIMESTAMP");
            if (kind.equals("DATE")) return Optional.of(LogicalType.DATE);
            if (kind.equals("TIME")) return Optional.of(LogicalType.TIME);
        }
        if (lob && (type.equals("byte[]") || type.equals("Byte[]"))) return Optional.of(LogicalType.BINARY);
        return Optional.ofNullable(BASIC.get(type));
    }

    static boolean isPrimitive(String javaType) { return PRIMITIVES.contains(javaType); }

    /** {@code java.util.List<Child>} → {@code List}; arrays keep their brackets. */
    static String simpleName(String javaType) {
        String t = javaType.replaceAll("\\s+", "");
        int generic = t.indexOf('<');
        if (generic >= 0) t = t.substring(0, generic);
        int dot = t.lastIndexOf('.');
        return dot >= 0 ? t.substring(dot + 1) : t;
    }

    /**
     * Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}: an underscore between a lower-case
     * letter and an upper-case one followed by a lower-case one, dots as underscores, all lower case.
     */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < out.length() - 1; i++) {
            if (Character.isLowerCase(out.charAt(i - 1)) && Character.isUpperCase(out.charAt(i)) && Character.isLowerCase(out.charAt(i + 1))) {
                out.insert(i++, '_');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
