package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Objects;

/**
 * Imports SQL DDL (PostgreSQL, SQLite or MariaDB/MySQL spelling) into a {@link Schema}.
 *
 * <p>CREATE TABLE, CREATE [UNIQUE] INDEX, ALTER TABLE … ADD, CREATE TYPE … AS ENUM and COMMENT ON
 * are read strictly: a syntax error in one of them is a {@link DdlSyntaxException} with its line
 * and column in the whole input. Any other statement (views, functions, inserts, grants, …) and
 * any clause the model does not hold becomes an {@link ImportWarning}; the rest still imports.
 *
 * <p>The statements are read by a small DDL parser of our own rather than JSqlParser: JSqlParser
 * 5.3 rejects valid PostgreSQL DDL the importer must read (partial and CONCURRENTLY indexes,
 * NOT VALID, CREATE TYPE … AS ENUM, negative defaults) and keeps column constraints as loose
 * strings, so it could not report positions or meanings exactly.
 */
public final class SqlDdlImporter {

    /** Share of non-text characters above which the input is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    public ImportResult importSql(String sql, String dialect) {
        Objects.requireNonNull(sql, "sql");
        ImportLimits.requireWithinLimit(sql);
        DdlDialect ddlDialect = DdlDialect.parse(dialect);
        requireText(sql);
        Warnings warnings = new Warnings();
        SchemaDraft draft = new SchemaDraft(ddlDialect, warnings);
        StatementReader reader = new StatementReader(draft);
        List<List<Token>> statements = SqlLexer.statements(sql, ddlDialect);
        for (List<Token> statement : statements) reader.read(statement);
        Schema schema = draft.build();
        return new ImportResult(schema, warnings.all(), draft.unchecked, draft.jsonAsText);
    }

    private static void requireText(String sql) {
        int control = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\0') {
                throw new ImportException(ImportException.Code.NOT_SQL_TEXT,
                        "input is not SQL text: it contains a NUL byte at character " + (i + 1) + " (binary data?)");
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (!sql.isEmpty() && control > MAX_CONTROL_SHARE * sql.length()) {
            throw new ImportException(ImportException.Code.NOT_SQL_TEXT, "input is not SQL text: " + control + " of its "
                    + sql.length() + " characters are control characters or undecodable bytes (binary data?)");
        }
    }
}
