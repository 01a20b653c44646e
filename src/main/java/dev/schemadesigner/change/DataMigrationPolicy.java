package dev.schemadesigner.change;

import dev.schemadesigner.schema.AllowedFunctions;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What data-migration SQL may run when the service executes a change it did not write itself (a
 * model's plan): row changes only, on the tables of the schema being changed, calling only
 * {@link AllowedFunctions}. The SQL is read the way the target database reads it ({@link SqlScript}):
 * any comment is refused outright (PostgreSQL nests them, MariaDB executes {@code /*! … *}{@code /}),
 * each statement is parsed with JSqlParser and must be one INSERT, UPDATE, DELETE or SELECT (a WITH
 * of those included), and every table it names must be an unqualified table of the schema — a
 * schema- or database-qualified name reaches past the throw-away database and is refused.
 * Schema changes travel as operations, never as raw SQL.
 */
public final class DataMigrationPolicy {
    private DataMigrationPolicy() {}

    /**
     * The reason the migration's SQL for {@code dialect} may not run against {@code schema}, or empty
     * when every statement of its upgrade and downgrade is allowed.
     */
    public static Optional<String> violation(DataMigration migration, Schema schema, String dialect) {
        for (String sql : new String[] {migration.upgradeFor(dialect), migration.downgradeFor(dialect)}) {
            Optional<String> reason = scriptViolation(sql, schema, dialect);
            if (reason.isPresent()) {
                return Optional.of("data migration '" + migration.description() + "' refused on " + dialect + ": " + reason.get());
            }
        }
        return Optional.empty();
    }

    /** The first reason {@code sql} may not run, or empty. */
    static Optional<String> scriptViolation(String sql, Schema schema, String dialect) {
        SqlScript script = SqlScript.read(sql, dialect);
        if (script.unterminated().isPresent()) return script.unterminated();
        if (script.firstComment().isPresent()) {
            return Optional.of("comments are not allowed in a data migration (the database may read them as code); found "
                    + script.firstComment().get());
        }
        for (SqlScript.Statement statement : script.statements()) {
            Optional<String> reason = statementViolation(statement, schema, dialect);
            if (reason.isPresent()) return Optional.of(reason.get() + " — in: " + abbreviate(statement.sql()));
        }
        return Optional.empty();
    }

    private static Optional<String> statementViolation(SqlScript.Statement statement, Schema schema, String dialect) {
        String sql = statement.sql();
        Statement parsed;
        try {
            parsed = CCJSqlParserUtil.parse(sql, parser -> parser.withBackslashEscapeCharacter(dialect.equals("mariadb")));
        } catch (JSQLParserException | RuntimeException e) {
            return Optional.of("could not be read as one INSERT, UPDATE, DELETE or SELECT statement (" + firstLine(e) + ")");
        }
        if (!(parsed instanceof Insert || parsed instanceof Update || parsed instanceof Delete || parsed instanceof Select)) {
            return Optional.of("only INSERT, UPDATE, DELETE and SELECT may run; found " + kind(parsed));
        }
        MigrationReferences references;
        try {
            references = MigrationReferences.of(parsed);
        } catch (RuntimeException e) {
            // e.g. a WITH item that changes data: JSqlParser 5.3 cannot walk it, so it is not allowed
            return Optional.of("could not check which tables and functions the statement uses (write it without data-changing WITH items)");
        }
        if (references.writesOutsideRows().isPresent()) return references.writesOutsideRows();
        for (MigrationReferences.Name table : references.tables()) {
            if (table.qualified()) {
                return Optional.of("table " + table.written() + " is qualified with a schema or database; a data migration may only use "
                        + "the tables of the schema being changed, by their plain names");
            }
            if (schema.tables().stream().noneMatch(t -> table.matches(t.name()))) {
                return Optional.of("table " + table.written() + " is not a table of the schema being changed (it has "
                        + String.join(", ", schema.tables().stream().map(Table::name).toList()) + ")");
            }
        }
        for (MigrationReferences.Name function : references.functions()) {
            if (function.qualified() || !AllowedFunctions.allowed(dialect, function.plain())) {
                return Optional.of("function " + function.written() + " is not one a data migration may call on " + dialect);
            }
        }
        // the parser's tree misses some clauses (RETURNING, ON CONFLICT … SET, ORDER BY); the lexer sees every call
        for (String name : statement.namesBeforeParenthesis()) {
            if (!mayPrecedeParenthesis(name, schema, dialect, references.withNames())) {
                return Optional.of("function " + name + " is not one a data migration may call on " + dialect);
            }
        }
        return Optional.empty();
    }

    /** Words SQL writes before a parenthesis that are not function calls: clauses, operators, and types with a length or precision. */
    private static final Set<String> NOT_CALLS = Set.of(
            "in", "values", "exists", "any", "all", "some", "as", "on", "using", "cast", "over", "filter", "within", "and", "or", "not",
            "where", "select", "from", "join", "set", "when", "then", "else", "is", "like", "ilike", "between", "returning", "conflict",
            "lateral", "row", "array", "extract", "limit", "offset", "having", "by", "union", "intersect", "except", "materialized",
            "distinct", "case", "into", "with", "group", "partition", "do", "update", "table",
            "varchar", "char", "character", "varying", "nchar", "numeric", "decimal", "dec", "timestamp", "time", "bit", "varbit",
            "float", "datetime", "binary", "varbinary", "interval", "number", "signed", "unsigned", "integer", "int");

    /** A plain name may be an allowed function, a clause word or type, a table of the schema or a WITH name; a quoted one only the last two. */
    private static boolean mayPrecedeParenthesis(String name, Schema schema, String dialect, Set<String> withNames) {
        char first = name.charAt(0);
        if (first == '"' || first == '`' || first == '[') {
            String unquoted = name.substring(1, name.length() - 1);
            return schema.hasTable(unquoted) || withNames.contains(unquoted.toLowerCase(Locale.ROOT));
        }
        return AllowedFunctions.allowed(dialect, name) || NOT_CALLS.contains(name) || withNames.contains(name)
                || schema.tables().stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
    }

    private static String kind(Statement parsed) {
        String simple = parsed.getClass().getSimpleName();
        String first = parsed.toString().strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return first.isEmpty() ? simple : first;
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage()).strip();
        int newline = message.indexOf('\n');
        return abbreviate(newline < 0 ? message : message.substring(0, newline));
    }

    private static String abbreviate(String sql) { return sql.length() > 80 ? sql.substring(0, 79) + "…" : sql; }
}
