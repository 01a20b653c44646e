package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Objects;
import java.util.Optional;

/**
 * One column. {@code identity} marks a database-generated integer key (GENERATED … AS IDENTITY,
 * AUTO_INCREMENT, SQLite's rowid alias).
 */
public record Column(String name, LogicalType type, boolean nullable, Optional<DefaultValue> defaultValue,
                     boolean identity, Optional<String> comment) {

    public Column {
        Names.require(name, "column name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(comment, "comment");
        if (identity && !type.isInteger()) {
            throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "identity column " + name + " must be an integer type, was " + type.describe());
        }
        if (identity && nullable) {
            throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "identity column " + name + " cannot be nullable");
        }
    }

    public static Column of(String name, LogicalType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false, Optional.empty());
    }

    public static Column required(String name, LogicalType type) { return of(name, type, false); }

    public static Column optional(String name, LogicalType type) { return of(name, type, true); }

    public static Column identity(String name, LogicalType type) {
        return new Column(name, type, false, Optional.empty(), true, Optional.empty());
    }

    public Column withName(String newName) { return new Column(newName, type, nullable, defaultValue, identity, comment); }

    public Column withType(LogicalType newType) { return new Column(name, newType, nullable, defaultValue, identity, comment); }

    public Column withNullable(boolean newNullable) { return new Column(name, type, newNullable, defaultValue, identity, comment); }

    public Column withDefault(DefaultValue value) { return new Column(name, type, nullable, Optional.of(value), identity, comment); }

    public Column withDefault(Optional<DefaultValue> value) { return new Column(name, type, nullable, value, identity, comment); }

    public Column withIdentity(boolean newIdentity) { return new Column(name, type, nullable, defaultValue, newIdentity, comment); }

    public Column withComment(Optional<String> newComment) { return new Column(name, type, nullable, defaultValue, identity, newComment); }
}
