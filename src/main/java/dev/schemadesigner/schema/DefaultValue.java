package dev.schemadesigner.schema;

import java.util.Objects;

/**
 * A column default, kept as meaning rather than text so that {@code 'open'::character varying}
 * (PostgreSQL), {@code 'open'} (MariaDB) and {@code 'open'} (SQLite) compare equal.
 */
public sealed interface DefaultValue {

    /** A string literal, unquoted. */
    record Text(String value) implements DefaultValue {
        public Text { Objects.requireNonNull(value, "value"); }
    }

    /** A numeric literal as written, e.g. {@code 0} or {@code 1.5}. */
    record Number(String value) implements DefaultValue {
        public Number {
            Objects.requireNonNull(value, "value");
            new java.math.BigDecimal(value); // rejects anything that is not a number
        }
    }

    record Bool(boolean value) implements DefaultValue {}

    /** now() / CURRENT_TIMESTAMP: the insert time. */
    record CurrentTimestamp() implements DefaultValue {}

    /** Any other SQL expression, e.g. {@code gen_random_uuid()}; compared after canonicalisation. */
    record Expression(String sql) implements DefaultValue {
        public Expression { Objects.requireNonNull(sql, "sql"); }
    }

    static DefaultValue text(String value) { return new Text(value); }

    static DefaultValue number(String value) { return new Number(value); }

    static DefaultValue bool(boolean value) { return new Bool(value); }

    static DefaultValue now() { return new CurrentTimestamp(); }

    static DefaultValue expression(String sql) { return new Expression(sql); }

    default String describe() {
        if (this instanceof Text t) return "'" + t.value().replace("'", "''") + "'";
        if (this instanceof Number n) return n.value();
        if (this instanceof Bool b) return Boolean.toString(b.value());
        if (this instanceof Expression e) return e.sql();
        return "CURRENT_TIMESTAMP";
    }
}
