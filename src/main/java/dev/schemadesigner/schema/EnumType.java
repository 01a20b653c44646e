package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.HashSet;
import java.util.List;

/** A named set of values: CREATE TYPE on PostgreSQL, ENUM(...) on MariaDB, a CHECK on SQLite. */
public record EnumType(String name, List<String> values) {
    public EnumType {
        Names.require(name, "enum name");
        if (values == null || values.isEmpty()) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "enum " + name + " needs at least one value");
        values = List.copyOf(values);
        if (new HashSet<>(values).size() != values.size()) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "enum " + name + " repeats a value: " + values);
    }

    public static EnumType of(String name, String... values) { return new EnumType(name, List.of(values)); }

    /** The longest value, which sizes the string column that stands in for the enum where there is no enum type. */
    public int maxLength() { return values.stream().mapToInt(String::length).max().orElse(1); }
}
