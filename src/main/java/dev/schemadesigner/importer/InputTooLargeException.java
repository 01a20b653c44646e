package dev.schemadesigner.importer;

/** The input is over {@link ImportLimits#MAX_SQL_CHARS}; refused before parsing. */
public final class InputTooLargeException extends ImportException {
    private final long size;
    private final long limit;

    public InputTooLargeException(long size, long limit) {
        super(Code.INPUT_TOO_LARGE, String.format(java.util.Locale.ROOT,
                "SQL input is %,d characters; the limit is %,d characters", size, limit));
        this.size = size;
        this.limit = limit;
    }

    public long size() { return size; }

    public long limit() { return limit; }
}
