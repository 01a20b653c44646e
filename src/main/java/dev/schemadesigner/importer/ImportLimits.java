package dev.schemadesigner.importer;

/** Limits on what an import accepts; the HTTP layer reuses them to refuse early. */
public final class ImportLimits {
    private ImportLimits() {}

    /**
     * Largest SQL input accepted, in characters; checked before any parsing. Real schema dumps reach it:
     * GitLab's structure.sql is about 1.7 million, a schema-only pg_dump of an Odoo database with its apps
     * (776 tables, a COMMENT on every column) 3.5 million. The HTTP body limit ({@code SD_MAX_BODY_BYTES},
     * 1 MiB by default) stays the front door.
     */
    public static final int MAX_SQL_CHARS = 8_000_000;

    /** Throws {@link InputTooLargeException} when {@code sql} is over {@link #MAX_SQL_CHARS}. */
    public static void requireWithinLimit(String sql) {
        if (sql.length() > MAX_SQL_CHARS) {
            throw new InputTooLargeException(sql.length(), MAX_SQL_CHARS);
        }
    }

    /**
     * Deepest nesting of brackets or expressions a reader accepts. The readers (ours and JavaParser)
     * recurse once or more per level, so without a limit a few hundred levels overflow a request
     * thread's stack; real schemas and migrations stay far below it.
     */
    public static final int MAX_NESTING = 200;

    /**
     * Throws {@link NestingTooDeepException} when SQL text found inside another source ({@code sa.text("…")}
     * in a Python file, starting at {@code firstLine} of it) nests deeper than {@link #MAX_NESTING}.
     * Other problems of the SQL are left to whoever reads it.
     */
    public static String requireSqlNesting(String sql, int firstLine) {
        try {
            SqlLexer.statements(sql, DdlDialect.POSTGRESQL);
        } catch (NestingTooDeepException e) {
            throw e.in(e.format(), firstLine);
        } catch (DdlSyntaxException e) {
            // not ours to judge here
        }
        return sql;
    }

    /** Share of non-text characters above which an input is taken for binary data. */
    public static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * Throws {@link ImportException} ({@code NOT_SQL_TEXT}) when {@code input} contains a NUL byte or
     * too many control characters or undecodable bytes to be source text; {@code kind} names what
     * was expected ("SQL text", "Python source").
     */
    public static void requireText(String input, String kind) {
        int control = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\0') {
                throw new ImportException(ImportException.Code.NOT_SQL_TEXT,
                        "input is not " + kind + ": it contains a NUL byte at character " + (i + 1) + " (binary data?)");
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (!input.isEmpty() && control > MAX_CONTROL_SHARE * input.length()) {
            throw new ImportException(ImportException.Code.NOT_SQL_TEXT, "input is not " + kind + ": " + control + " of its "
                    + input.length() + " characters are control characters or undecodable bytes (binary data?)");
        }
    }
}
