package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The index access methods the model knows (PostgreSQL's built-in ones). The model and the wire
 * keep the lower-case name; the dialects write {@link #sql()} after {@code USING}, never the
 * text a client sent.
 */
public enum IndexMethod {
    BTREE, HASH, GIN, GIST, BRIN, SPGIST;

    /** The lower-case name, as on the wire and after {@code USING}. */
    public String sql() { return name().toLowerCase(Locale.ROOT); }

    /** The method named {@code text} (any case), or an {@link IllegalArgumentException} listing the known ones. */
    public static IndexMethod of(String text) {
        return find(text).orElseThrow(() -> new UserFacingException(ErrorCode.INVALID_SCHEMA, "index method '" + abbreviated(text) + "' is not one of " + known()));
    }

    /** The method named {@code text} (any case), or empty when the model does not know it (an extension's, e.g. pgvector's hnsw). */
    public static Optional<IndexMethod> find(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(key)).findFirst();
    }

    /** The known methods, comma-separated, for messages. */
    public static String known() { return Arrays.stream(values()).map(IndexMethod::sql).collect(Collectors.joining(", ")); }

    private static String abbreviated(String text) {
        if (text == null) return "";
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
