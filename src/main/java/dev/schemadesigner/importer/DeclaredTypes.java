package dev.schemadesigner.importer;

import dev.schemadesigner.schema.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a type as a database spells it ({@code character varying(10)}, {@code int(11) unsigned},
 * {@code NUMERIC(12,2)}, {@code timestamp(6) with time zone}) to a {@link LogicalType}. A type
 * outside the model becomes the closest one and a warning says so.
 */
final class DeclaredTypes {
    private DeclaredTypes() {}

    private static final Set<String> SMALL = Set.of("smallint", "int2", "smallserial", "serial2");
    private static final Set<String> INT = Set.of("integer", "int", "int4", "serial", "serial4", "mediumint");
    private static final Set<String> BIG = Set.of("bigint", "int8", "bigserial", "serial8");
    private static final Set<String> DECIMAL = Set.of("numeric", "decimal", "dec");
    private static final Set<String> DOUBLE = Set.of("real", "float", "float4", "float8", "double", "double precision");
    private static final Set<String> VARCHAR = Set.of("varchar", "character varying", "nvarchar", "char", "character", "nchar",
            "bpchar", "varchar2", "native character", "varying character");
    private static final Set<String> FIXED_CHAR = Set.of("char", "character", "nchar", "bpchar", "native character");
    private static final Set<String> TEXT = Set.of("text", "mediumtext", "longtext", "tinytext", "clob");
    private static final Set<String> BINARY = Set.of("bytea", "blob", "longblob", "mediumblob", "tinyblob", "binary", "varbinary");

    /** Precision assumed for a numeric declared without one. */
    static final LogicalType UNCONSTRAINED_NUMERIC = LogicalType.decimal(38, 10);

    static LogicalType map(String declared, String where, List<String> warnings) {
        String type = declared.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (type.isEmpty()) {
            warnings.add(where + ": no declared type, read as text");
            return LogicalType.TEXT;
        }
        if (type.endsWith("[]")) {
            warnings.add(where + ": array type " + declared + " has no logical type, read as text");
            return LogicalType.TEXT;
        }
        if (type.contains(" unsigned") || type.contains(" zerofill")) {
            warnings.add(where + ": " + declared + " read as the signed type");
            type = type.replace(" unsigned", "").replace(" zerofill", "");
        }
        List<Integer> args = new ArrayList<>();
        String base = type;
        int open = type.indexOf('(');
        int close = type.indexOf(')', open + 1);
        if (open >= 0 && close > open) {
            for (String a : type.substring(open + 1, close).split(",")) {
                try {
                    args.add(Integer.parseInt(a.trim()));
                } catch (NumberFormatException e) {
                    // e.g. enum('a','b') — the caller handles such types before asking
                }
            }
            base = (type.substring(0, open) + " " + type.substring(close + 1)).trim().replaceAll("\\s+", " ");
        }
        return byName(base, args, declared, where, warnings);
    }

    private static LogicalType byName(String base, List<Integer> args, String declared, String where, List<String> warnings) {
        if (SMALL.contains(base)) return LogicalType.SMALLINT;
        if (base.equals("tinyint")) {
            warnings.add(where + ": " + declared + " read as smallint");
            return LogicalType.SMALLINT;
        }
        if (INT.contains(base)) return LogicalType.INTEGER;
        if (BIG.contains(base)) return LogicalType.BIGINT;
        if (DECIMAL.contains(base)) {
            if (args.size() == 2) return LogicalType.decimal(args.get(0), args.get(1));
            if (args.size() == 1) return LogicalType.decimal(args.get(0), 0);
            warnings.add(where + ": " + declared + " has no precision, read as " + UNCONSTRAINED_NUMERIC.describe());
            return UNCONSTRAINED_NUMERIC;
        }
        if (DOUBLE.contains(base)) return LogicalType.DOUBLE;
        if (VARCHAR.contains(base)) {
            if (args.size() == 1 && args.get(0) > 0) return LogicalType.varchar(args.get(0));
            if (FIXED_CHAR.contains(base)) return LogicalType.varchar(1); // char without a length is char(1)
            warnings.add(where + ": " + declared + " has no length, read as text");
            return LogicalType.TEXT;
        }
        if (TEXT.contains(base)) return LogicalType.TEXT;
        if (base.equals("boolean") || base.equals("bool")) return LogicalType.BOOLEAN;
        if (base.equals("date")) return LogicalType.DATE;
        if (base.equals("time") || base.equals("time without time zone")) return LogicalType.TIME;
        if (base.equals("timetz") || base.equals("time with time zone")) {
            warnings.add(where + ": " + declared + " read as time without its zone");
            return LogicalType.TIME;
        }
        if (base.equals("timestamp") || base.equals("timestamp without time zone") || base.equals("datetime")) return LogicalType.TIMESTAMP;
        if (base.equals("timestamptz") || base.equals("timestamp with time zone")) return LogicalType.TIMESTAMPTZ;
        if (base.equals("uuid")) return LogicalType.UUID;
        if (base.equals("json") || base.equals("jsonb")) return LogicalType.JSON;
        if (BINARY.contains(base)) return LogicalType.BINARY;
        warnings.add(where + ": type " + declared + " has no logical type, read as text");
        return LogicalType.TEXT;
    }
}
