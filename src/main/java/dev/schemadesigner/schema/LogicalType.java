package dev.schemadesigner.schema;

import java.util.Objects;

/**
 * A column type independent of any database. Each {@code Dialect} maps it to its own spelling
 * and says how it comes back from introspection.
 */
public sealed interface LogicalType {

    /** Lower-case words a person would use, e.g. {@code numeric(12,2)}; also the JSON form. */
    String describe();

    record SmallInt() implements LogicalType {
        public String describe() { return "smallint"; }
    }

    record Int() implements LogicalType {
        public String describe() { return "integer"; }
    }

    record BigInt() implements LogicalType {
        public String describe() { return "bigint"; }
    }

    /** Exact decimal, e.g. money as numeric(12,2). */
    record Decimal(int precision, int scale) implements LogicalType {
        public Decimal {
            if (precision < 1 || precision > 65) throw new IllegalArgumentException("numeric precision must be 1..65, was " + precision);
            if (scale < 0 || scale > precision) throw new IllegalArgumentException("numeric scale must be 0..precision, was " + scale);
        }
        public String describe() { return "numeric(" + precision + "," + scale + ")"; }
    }

    /** Binary floating point (double precision). Never for money. */
    record Double() implements LogicalType {
        public String describe() { return "double"; }
    }

    record Varchar(int length) implements LogicalType {
        public Varchar {
            if (length < 1) throw new IllegalArgumentException("string length must be positive, was " + length);
        }
        public String describe() { return "string(" + length + ")"; }
    }

    record Text() implements LogicalType {
        public String describe() { return "text"; }
    }

    record Bool() implements LogicalType {
        public String describe() { return "boolean"; }
    }

    record Date() implements LogicalType {
        public String describe() { return "date"; }
    }

    record Time() implements LogicalType {
        public String describe() { return "time"; }
    }

    record Timestamp(boolean withTimeZone) implements LogicalType {
        public String describe() { return withTimeZone ? "timestamptz" : "timestamp"; }
    }

    record Uuid() implements LogicalType {
        public String describe() { return "uuid"; }
    }

    record Json() implements LogicalType {
        public String describe() { return "json"; }
    }

    record Binary() implements LogicalType {
        public String describe() { return "binary"; }
    }

    /** A column whose values come from the schema's {@link EnumType} of this name. */
    record EnumRef(String enumName) implements LogicalType {
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

    default boolean isInteger() {
        return this instanceof SmallInt || this instanceof Int || this instanceof BigInt;
    }
}
