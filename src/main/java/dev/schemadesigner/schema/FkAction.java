package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum FkAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    FkAction(String sql) { this.sql = sql; }

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() { return sql; }

    /** Parses {@code set null}, {@code SET_NULL}, {@code "SET NULL"} alike. */
    public static FkAction parse(String words) {
        String key = words.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (FkAction action : values()) {
            if (action.sql.equals(key)) return action;
        }
        throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "unknown foreign key action '" + words + "' (expected one of NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT)");
    }
}
