package dev.schemadesigner.importer;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads a column type in any dialect's spelling and maps it to the closest {@link LogicalType}. */
final class ColumnTypeReader {
    private ColumnTypeReader() {}

    /**
     * A type as read. {@code serial} marks PostgreSQL serial types (an identity column);
     * {@code rowidInteger} is SQLite's exact {@code INTEGER} spelling, which makes a single-column
     * primary key the rowid alias; {@code inlineEnum} is MariaDB's {@code ENUM(...)} values.
     */
    record ReadType(LogicalType type, String declared, boolean serial, boolean rowidInteger,
                    Optional<List<String>> inlineEnum, Optional<String> warning) {}

    static ReadType read(TokenCursor in, Function<String, Optional<EnumType>> enums) {
        Token first = in.peek();
        if (!first.isIdentifier()) throw in.error(first, "expected a column type");
        int start = in.mark();
        String name = in.qualifiedName("a column type");
        String base = first.kind() == Token.Kind.QUOTED_IDENTIFIER ? name : name.toUpperCase(Locale.ROOT);
        List<String> args = new ArrayList<>();
        boolean withTimeZone = false;
        if (base.equals("DOUBLE")) {
            in.accept("PRECISION");
        } else if (base.equals("CHARACTER") || base.equals("CHAR") || base.equals("NATIONAL") || base.equals("NCHAR")) {
            if (base.equals("NATIONAL")) in.accept("CHARACTER");
            if (in.accept("VARYING")) base = "VARCHAR";
        } else if (base.equals("BIT")) {
            in.accept("VARYING");
        }
        List<String> enumValues = null;
        if (in.atSymbol("(")) {
            in.next();
            do {
                Token arg = in.peek();
                if (arg.kind() == Token.Kind.STRING) {
                    args.add(in.string("an enum value"));
                } else if (arg.kind() == Token.Kind.NUMBER) {
                    args.add(in.next().text());
                } else if (arg.isIdentifier()) {
                    // MAX, PostGIS geometry(Polygon,4326), …: the argument of a type the model may not hold
                    args.add(in.next().text());
                } else if (arg.isSymbol("-") && in.peek(1).kind() == Token.Kind.NUMBER) {
                    in.next();
                    args.add("-" + in.next().text());
                } else {
                    throw in.error(arg, "expected a type argument");
                }
            } while (in.acceptSymbol(","));
            in.expectSymbol(")");
            if (base.equals("ENUM") || base.equals("SET")) enumValues = List.copyOf(args);
        }
        if (base.equals("INTERVAL")) {
            // interval year to month, interval day to second(3): the fields only narrow an interval
            while (in.accept("YEAR") || in.accept("MONTH") || in.accept("DAY") || in.accept("HOUR") || in.accept("MINUTE")
                    || in.accept("SECOND") || in.accept("TO")) {
                in.skipParenthesised();
            }
        }
        if ((base.equals("TIMESTAMP") || base.equals("TIME")) && (in.atWord("WITH") || in.atWord("WITHOUT"))) {
            withTimeZone = in.next().isWord("WITH");
            in.expect("TIME", "ZONE");
        }
        while (in.accept("UNSIGNED") || in.accept("SIGNED") || in.accept("ZEROFILL")) {
            // MariaDB integer modifiers; the range difference is not modelled
        }
        boolean array = false;
        while (in.atSymbol("[") || in.atWord("ARRAY")) {
            array = true;
            in.next();
            if (in.atSymbol("]") || in.peek().kind() == Token.Kind.NUMBER) {
                if (in.peek().kind() == Token.Kind.NUMBER) in.next();
                in.expectSymbol("]");
            }
        }
        String declared = declaredText(in, start);
        if (array) return unknown(declared, "array type " + declared + " has no logical type in the model; imported as text");
        if (enumValues != null && base.equals("ENUM")) {
            return new ReadType(LogicalType.TEXT, declared, false, false, Optional.of(enumValues), Optional.empty());
        }
        ReadType mapped;
        try {
            mapped = map(base, args, withTimeZone, declared, in.dialect());
        } catch (IllegalArgumentException e) { // numeric(100,2), varchar(Polygon): outside what the model holds
            return unknown(declared, "type " + declared + " cannot be held by the model (" + e.getMessage() + "); imported as text");
        }
        if (mapped != null) return mapped;
        Optional<EnumType> declaredEnum = enums.apply(name);
        if (declaredEnum.isPresent()) return plain(LogicalType.enumOf(declaredEnum.get().name()), declared);
        return unknown(declared, "type " + declared + " has no logical type in the model; imported as text");
    }

    private static String declaredText(TokenCursor in, int start) {
        int end = in.mark();
        in.reset(start);
        List<Token> tokens = new ArrayList<>();
        while (in.mark() < end) tokens.add(in.next());
        return TokenCursor.text(tokens);
    }

    private static ReadType map(String base, List<String> args, boolean withTimeZone, String declared, DdlDialect dialect) {
        switch (base) {
            case "SMALLINT": case "INT2":
                return plain(LogicalType.SMALLINT, declared);
            case "TINYINT":
                return plain(args.equals(List.of("1")) ? LogicalType.BOOLEAN : LogicalType.SMALLINT, declared);
            case "INT": case "INT4": case "MEDIUMINT":
                return plain(LogicalType.INTEGER, declared);
            case "INTEGER":
                return new ReadType(LogicalType.INTEGER, declared, false, dialect == DdlDialect.SQLITE, Optional.empty(), Optional.empty());
            case "BIGINT": case "INT8":
                return plain(LogicalType.BIGINT, declared);
            case "SMALLSERIAL": case "SERIAL2":
                return serial(LogicalType.SMALLINT, declared);
            case "SERIAL": case "SERIAL4":
                return serial(dialect == DdlDialect.MARIADB ? LogicalType.BIGINT : LogicalType.INTEGER, declared);
            case "BIGSERIAL": case "SERIAL8":
                return serial(LogicalType.BIGINT, declared);
            case "NUMERIC": case "DECIMAL": case "DEC": case "FIXED":
                return decimal(args, declared, dialect);
            case "REAL": case "FLOAT": case "FLOAT4": case "FLOAT8": case "DOUBLE":
                return plain(LogicalType.DOUBLE, declared);
            case "VARCHAR": case "NVARCHAR": case "VARCHAR2": case "NVARCHAR2": case "CHARACTER": case "CHAR": case "NCHAR": case "BPCHAR":
                return string(base, args, declared);
            case "TEXT": case "TINYTEXT": case "MEDIUMTEXT": case "LONGTEXT": case "CLOB":
                return plain(LogicalType.TEXT, declared);
            case "BOOLEAN": case "BOOL":
                return plain(LogicalType.BOOLEAN, declared);
            case "DATE":
                return plain(LogicalType.DATE, declared);
            case "TIME": case "TIMETZ":
                return plain(LogicalType.TIME, declared);
            case "TIMESTAMP":
                return plain(new LogicalType.Timestamp(withTimeZone && dialect != DdlDialect.MARIADB), declared);
            case "TIMESTAMPTZ":
                return plain(LogicalType.TIMESTAMPTZ, declared);
            case "DATETIME":
                return plain(LogicalType.TIMESTAMP, declared);
            case "UUID":
                return plain(LogicalType.UUID, declared);
            case "JSON": case "JSONB":
                return plain(LogicalType.JSON, declared);
            case "BYTEA": case "BLOB": case "TINYBLOB": case "MEDIUMBLOB": case "LONGBLOB": case "BINARY": case "VARBINARY":
                return plain(LogicalType.BINARY, declared);
            default:
                return null;
        }
    }

    private static ReadType decimal(List<String> args, String declared, DdlDialect dialect) {
        if (args.isEmpty()) {
            if (dialect == DdlDialect.MARIADB) return plain(LogicalType.decimal(10, 0), declared);
            return new ReadType(LogicalType.decimal(38, 10), declared, false, false, Optional.empty(),
                    Optional.of(declared + " without precision imported as numeric(38,10)"));
        }
        int precision = Integer.parseInt(args.get(0));
        int scale = args.size() > 1 ? Integer.parseInt(args.get(1)) : 0;
        return plain(LogicalType.decimal(precision, scale), declared);
    }

    private static ReadType string(String base, List<String> args, String declared) {
        if (args.isEmpty()) {
            if (base.equals("BPCHAR")) {
                return new ReadType(LogicalType.TEXT, declared, false, false, Optional.empty(),
                        Optional.of("bpchar without a length (blank-padded, unlimited) imported as text"));
            }
            boolean fixed = base.equals("CHAR") || base.equals("CHARACTER") || base.equals("NCHAR");
            return fixed ? plain(LogicalType.varchar(1), declared)
                    : new ReadType(LogicalType.TEXT, declared, false, false, Optional.empty(), Optional.empty());
        }
        if (args.get(0).equalsIgnoreCase("MAX")) return plain(LogicalType.TEXT, declared);
        return plain(LogicalType.varchar(Integer.parseInt(args.get(0))), declared);
    }

    private static ReadType plain(LogicalType type, String declared) {
        return new ReadType(type, declared, false, false, Optional.empty(), Optional.empty());
    }

    private static ReadType serial(LogicalType type, String declared) {
        return new ReadType(type, declared, true, false, Optional.empty(), Optional.empty());
    }

    private static ReadType unknown(String declared, String warning) {
        return new ReadType(LogicalType.TEXT, declared, false, false, Optional.empty(), Optional.of(warning));
    }
}
