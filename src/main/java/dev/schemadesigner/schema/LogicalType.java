package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Objects;

/**
 * A column type independent of any database. Each {@code Dialect} maps it to its own spelling
 * and says how it comes back from introspection.
 */
public sealed interface LogicalType {

    /** Lower-case words a person would use, e.g. {@code numeric(12,2)}; also the JSON form. */
    String describe();

    /** What {@code visitor} makes of this type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type: a dialect's spelling, the SQLAlchemy and Python types, sample values are
     * visitors, so a new type does not compile until each of them says what it makes of it.
     * {@code LogicalTypeVisitorTest} checks that this interface names every permitted type.
     */
    interface Visitor<R> {
        R smallInt(SmallInt type);
        R integer(Int type);
        R bigInt(BigInt type);
        R decimal(Decimal type);
        R doublePrecision(Double type);
        R varchar(Varchar type);
        R text(Text type);
        R bool(Bool type);
        R date(Date type);
        R time(Time type);
        R timestamp(Timestamp type);
        R uuid(Uuid type);
        R json(Json type);
        R binary(Binary type);
        R enumRef(EnumRef type);
    }

    record SmallInt() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.smallInt(this); }

        public String describe() { return "smallint"; }
    }

    record Int() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.integer(this); }

        public String describe() { return "integer"; }
    }

    record BigInt() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.bigInt(this); }

        public String describe() { return "bigint"; }
    }

    /** Exact decimal, e.g. money as numeric(12,2). */
    record Decimal(int precision, int scale) implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.decimal(this); }

        public Decimal {
            if (precision < 1 || precision > 65) throw new UserFacingException(ErrorCode.INVALID_TYPE, "numeric precision must be 1..65, was " + precision);
            if (scale < 0 || scale > precision) throw new UserFacingException(ErrorCode.INVALID_TYPE, "numeric scale must be 0..precision, was " + scale);
        }
        public String describe() { return "numeric(" + precision + "," + scale + ")"; }
    }

    /** Binary floating point (double precision). Never for money. */
    record Double() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.doublePrecision(this); }

        public String describe() { return "double"; }
    }

    record Varchar(int length) implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.varchar(this); }

        public Varchar {
            if (length < 1) throw new UserFacingException(ErrorCode.INVALID_TYPE, "string length must be positive, was " + length);
        }
        public String describe() { return "string(" + length + ")"; }
    }

    record Text() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.text(this); }

        public String describe() { return "text"; }
    }

    record Bool() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.bool(this); }

        public String describe() { return "boolean"; }
    }

    record Date() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.date(this); }

        public String describe() { return "date"; }
    }

    record Time() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.time(this); }

        public String describe() { return "time"; }
    }

    record Timestamp(boolean withTimeZone) implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.timestamp(this); }

        public String describe() { return withTimeZone ? "timestamptz" : "timestamp"; }
    }

    record Uuid() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.uuid(this); }

        public String describe() { return "uuid"; }
    }

    record Json() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.json(this); }

        public String describe() { return "json"; }
    }

    record Binary() implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.binary(this); }

        public String describe() { return "binary"; }
    }

    /** A column whose values come from the schema's {@link EnumType} of this name. */
    record EnumRef(String enumName) implements LogicalType {
        public <R> R accept(Visitor<R> visitor) { return visitor.enumRef(this); }

        public EnumRef {
            Objects.requireNonNull(enumName, "enumName");
        }
        public String describe() { return "enum(" + enumName + ")"; }
    }

    LogicalType SMALLINT = new SmallInt();
    LogicalType INTEGER = new Int();
    LogicalType BIGINT = new BigInt();
    LogicalType DOUBLE = new Double();
    LogicalType TEXT = new Text();
    LogicalType BOOLEAN = new Bool();
    LogicalType DATE = new Date();
    LogicalType TIME = new Time();
    LogicalType TIMESTAMP = new Timestamp(false);
    LogicalType TIMESTAMPTZ = new Timestamp(true);
    LogicalType UUID = new Uuid();
    LogicalType JSON = new Json();
    LogicalType BINARY = new Binary();

    static LogicalType varchar(int length) { return new Varchar(length); }

    static LogicalType decimal(int precision, int scale) { return new Decimal(precision, scale); }

    static LogicalType enumOf(String name) { return new EnumRef(name); }

    /**
     * Reads the {@link #describe()} form back, plus common spellings a person or a model writes
     * ({@code int}, {@code varchar(50)}, {@code decimal(10,2)}, {@code timestamp with time zone}, {@code jsonb}).
     */
    static LogicalType parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([a-z][a-z0-9 ]*?)\\s*(?:\\((.*)\\))?$").matcher(t);
        if (!m.matches()) throw new UserFacingException(ErrorCode.INVALID_TYPE, "unknown type '" + text + "'");
        String base = m.group(1).trim();
        String args = m.group(2) == null ? null : m.group(2).trim();
        switch (base) {
            case "smallint": case "int2": return SMALLINT;
            case "integer": case "int": case "int4": return INTEGER;
            case "bigint": case "int8": return BIGINT;
            case "double": case "double precision": case "float": case "real": return DOUBLE;
            case "text": return TEXT;
            case "boolean": case "bool": return BOOLEAN;
            case "date": return DATE;
            case "time": return TIME;
            case "timestamp": case "datetime": case "timestamp without time zone": return TIMESTAMP;
            case "timestamptz": case "timestamp with time zone": return TIMESTAMPTZ;
            case "uuid": return UUID;
            case "json": case "jsonb": return JSON;
            case "binary": case "bytea": case "blob": return BINARY;
            case "string": case "varchar": case "character varying":
                if (args == null) throw new UserFacingException(ErrorCode.INVALID_TYPE, "type '" + text + "' needs a length, e.g. string(100)");
                return varchar(number(args, text));
            case "numeric": case "decimal": {
                if (args == null) throw new UserFacingException(ErrorCode.INVALID_TYPE, "type '" + text + "' needs precision and scale, e.g. numeric(12,2)");
                String[] ps = args.split(",");
                return decimal(number(ps[0], text), ps.length > 1 ? number(ps[1], text) : 0);
            }
            case "enum":
                if (args == null || args.isEmpty()) throw new UserFacingException(ErrorCode.INVALID_TYPE, "type '" + text + "' needs the enum type name, e.g. enum(ticket_status)");
                return enumOf(args);
            default:
                throw new UserFacingException(ErrorCode.INVALID_TYPE, "unknown type '" + text + "': expected smallint, integer, bigint, numeric(p,s), double, "
                        + "string(n), text, boolean, date, time, timestamp, timestamptz, uuid, json, binary or enum(name)");
        }
    }

    private static int number(String digits, String whole) {
        try {
            return Integer.parseInt(digits.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException(ErrorCode.INVALID_TYPE, "type '" + whole + "' has a size that is not a whole number");
        }
    }

    default boolean isInteger() {
        return this instanceof SmallInt || this instanceof Int || this instanceof BigInt;
    }
}
