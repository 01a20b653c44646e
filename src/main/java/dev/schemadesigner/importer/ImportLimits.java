package dev.schemadesigner.importer;

/** Limits on what an import accepts; the HTTP layer reuses them to refuse early. */
public final class ImportLimits {
    private ImportLimits() {}

    /** Largest SQL input accepted, in characters; checked before any parsing. */
    public static final int MAX_SQL_CHARS = 2_000_000;

    /** Throws {@link InputTooLargeException} when {@code sql} is over {@link #MAX_SQL_CHARS}. */
    public static void requireWithinLimit(String sql) {
        if (sql.length() > MAX_SQL_CHARS) {
            throw new InputTooLargeException(sql.length(), MAX_SQL_CHARS);
        }
    }
}
