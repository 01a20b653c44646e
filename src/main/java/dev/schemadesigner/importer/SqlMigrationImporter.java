package dev.schemadesigner.importer;

import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.importer.migration.LockMode;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.importer.migration.ScriptBuilder;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL migration file into a {@link MigrationScript}, statement by statement with the DDL
 * importer's lexer: BEGIN/COMMIT boundaries (a statement runs in a transaction only between
 * BEGIN and COMMIT, or when the caller says the runner wraps the file in one), {@code SET lock_timeout},
 * CREATE/DROP INDEX [CONCURRENTLY], CREATE TABLE, DROP TABLE, ALTER TABLE ADD COLUMN / ADD
 * CONSTRAINT [NOT VALID] / VALIDATE CONSTRAINT / DROP COLUMN / DROP CONSTRAINT / RENAME /
 * ALTER COLUMN TYPE, SET/DROP NOT NULL, SET/DROP DEFAULT, and UPDATE/INSERT/DELETE as data steps.
 * A downgrade follows a {@code -- migrate:down} (dbmate) or {@code -- +goose Down} line.
 * A statement that does not parse, or is not a schema change, is skipped with a warning.
 */
public final class SqlMigrationImporter {
    private static final Pattern DOWN_MARKER = Pattern.compile("(?im)^\\s*--\\s*(migrate:down|\\+goose\\s+down)\\b.*$");
    private static final Pattern SQUAWK_NOT_WRAPPED = Pattern.compile("(?im)^\\s*--\\s*squawk-disable-assume-in-transaction\\b");
    private static final Pattern FLYWAY_IN_TRANSACTION = Pattern.compile("(?im)^\\s*--\\s*flyway:executeInTransaction\\s*=\\s*(true|false)\\b");

    public MigrationImport importScript(String sql, String name, String dialect, Schema before) {
        return importScript(sql, name, dialect, before, false);
    }

    /**
     * Reads {@code sql}; {@code assumeInTransaction} says the runner wraps the whole file in one
     * transaction (Flyway does unless {@code executeInTransaction=false}). A file is otherwise
     * transactional only between its own BEGIN and COMMIT. A {@code -- flyway:executeInTransaction=…}
     * line in the file overrides the caller, and so does Squawk's {@code -- squawk-disable-assume-in-transaction}.
     */
    public MigrationImport importScript(String sql, String name, String dialect, Schema before, boolean assumeInTransaction) {
        Objects.requireNonNull(sql, "sql");
        ImportLimits.requireWithinLimit(sql);
        ImportLimits.requireText(sql, "SQL text");
        DdlDialect ddl = DdlDialect.parse(dialect);
        Matcher down = DOWN_MARKER.matcher(sql);
        String upText = sql;
        String downText = "";
        if (down.find()) {
            upText = sql.substring(0, down.start());
            downText = sql.substring(0, down.end()).replaceAll("[^\\n]", "") + sql.substring(down.end());
        }
        List<ImportWarning> warnings = new ArrayList<>();
        Matcher flyway = FLYWAY_IN_TRANSACTION.matcher(sql);
        boolean wrapped = flyway.find() ? flyway.group(1).equalsIgnoreCase("true") : assumeInTransaction && !SQUAWK_NOT_WRAPPED.matcher(sql).find();
        ScriptBuilder up = new ScriptBuilder(before, warnings);
        read(upText, 1, ddl, up, wrapped);
        ScriptBuilder back = new ScriptBuilder(up.schema(), warnings);
        read(downText, 1, ddl, back, wrapped);
        return new MigrationImport(new MigrationScript(name, up.steps(), back.steps(), Optional.empty(), Optional.empty(), up.locks()), warnings);
    }

    /** The statements of {@code sql} (PostgreSQL spelling) into {@code out}; {@code firstLine} is the line {@code sql} starts at. */
    public static void readStatements(String sql, int firstLine, ScriptBuilder out) {
        for (List<Token> statement : SqlLexer.statements(sql, DdlDialect.POSTGRESQL)) statement(statement, firstLine, DdlDialect.POSTGRESQL, out);
    }

    private static void read(String sql, int firstLine, DdlDialect dialect, ScriptBuilder out, boolean wrapped) {
        out.inTransaction(wrapped);
        for (List<Token> statement : SqlLexer.statements(sql, dialect)) statement(statement, firstLine, dialect, out);
    }

    private static void statement(List<Token> tokens, int firstLine, DdlDialect dialect, ScriptBuilder out) {
        TokenCursor in = new TokenCursor(tokens, dialect, "statement");
        int line = firstLine + tokens.get(0).line() - 1;
        String text = TokenCursor.text(tokens.subList(0, tokens.size() - 1));
        try {
            if (in.atWord("BEGIN") || in.atWord("START", "TRANSACTION")) out.inTransaction(true);
            else if (in.atWord("COMMIT") || in.atWord("END") || in.atWord("ROLLBACK")) out.inTransaction(false);
            else if (in.atWord("SET")) set(in, out);
            else if (in.atWord("ALTER", "TABLE")) alterTableActions(tokens, firstLine, dialect, out, line, text);
            else if (in.atWord("CREATE")) created(tokens, firstLine, dialect, out, line);
            else if (in.atWord("DROP", "TABLE")) dropTable(in, out, line);
            else if (in.atWord("DROP", "INDEX")) dropIndex(in, out, line);
            else if (in.atWord("UPDATE") || in.atWord("INSERT") || in.atWord("DELETE") || in.atWord("WITH")) data(tokens, text, out, line);
            else if (StatementLocks.read(in, out, line, text)) return;
            else out.warn(line, text, "statement at line " + line + " (" + first(tokens) + ") is not a schema change the migration reader knows; skipped");
        } catch (DdlSyntaxException e) {
            out.warn(line, text, "statement at line " + line + " skipped: " + e.getMessage());
        }
    }

    private static void set(TokenCursor in, ScriptBuilder out) {
        in.expect("SET");
        boolean local = in.accept("LOCAL");
        if (!local) in.accept("SESSION");
        if (in.peek().isWord("lock_timeout")) out.lockTimeoutSet(true, local);
    }

    /**
     * Each action of {@code ALTER TABLE t a, b, …} on its own, in order, as {@code ALTER TABLE t a}: an
     * ADD through the DDL reader, any other action through {@link #alterTable}, so that an ADD mixed
     * with a DROP loses neither.
     */
    private static void alterTableActions(List<Token> tokens, int firstLine, DdlDialect dialect, ScriptBuilder out, int line, String text) {
        int start = firstActionIndex(tokens);
        if (start >= tokens.size() - 1) {
            alterTable(new TokenCursor(tokens, dialect, "ALTER TABLE"), out, line, text);
            return;
        }
        List<Token> prefix = tokens.subList(0, start);
        Token end = tokens.get(tokens.size() - 1);
        int depth = 0;
        int from = start;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) depth++;
            if (t.isSymbol(")") || t.isSymbol("]")) depth--;
            boolean last = t.kind() == Token.Kind.END;
            if (last || depth == 0 && t.isSymbol(",")) {
                List<Token> action = new ArrayList<>(prefix);
                action.addAll(tokens.subList(from, i));
                action.add(end);
                if (tokens.get(from).isWord("ADD")) created(action, firstLine, dialect, out, line);
                else alterTable(new TokenCursor(action, dialect, "ALTER TABLE"), out, line, text);
                from = i + 1;
            }
            if (last) break;
        }
    }

    private static int firstActionIndex(List<Token> tokens) {
        int i = 2;
        if (tokens.get(i).isWord("IF")) i += 2;
        if (tokens.get(i).isWord("ONLY")) i++;
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol(".")) i += 2;
        return Math.min(i, tokens.size() - 1);
    }

    private static void created(List<Token> tokens, int firstLine, DdlDialect dialect, ScriptBuilder out, int line) {
        boolean concurrently = tokens.stream().anyMatch(t -> t.isWord("CONCURRENTLY"));
        boolean notValid = false;
        for (int i = 0; i + 1 < tokens.size(); i++) notValid |= tokens.get(i).isWord("NOT") && tokens.get(i + 1).isWord("VALID");
        Warnings warnings = new Warnings();
        List<Op> ops = SeededDraft.read(tokens, out.schema(), dialect, warnings, concurrently, notValid);
        for (ImportWarning w : warnings.all()) out.warn(firstLine + w.line() - 1, w.statement(), w.message());
        String text = TokenCursor.text(tokens.subList(0, tokens.size() - 1));
        for (Op op : ops) out.add(op, line, text);
    }

    private static void dropTable(TokenCursor in, ScriptBuilder out, int line) {
        in.expect("DROP", "TABLE");
        in.accept("IF", "EXISTS");
        do out.add(new DropTable(in.qualifiedName("a table name")), line); while (in.acceptSymbol(","));
    }

    private static void dropIndex(TokenCursor in, ScriptBuilder out, int line) {
        in.expect("DROP", "INDEX");
        boolean concurrently = in.accept("CONCURRENTLY");
        in.accept("IF", "EXISTS");
        do {
            String name = in.qualifiedName("an index name");
            Optional<String> table = out.schema().tables().stream().filter(t -> t.index(name).isPresent()).map(Table::name).findFirst();
            if (table.isEmpty() && in.accept("ON")) table = Optional.of(in.qualifiedName("a table name")); // MariaDB
            if (table.isPresent()) {
                out.add(new DropIndex(table.get(), name, concurrently), line);
            } else {
                // it existed before the migration, which did not create it: on some existing table with data
                out.warn(line, "DROP INDEX " + name, "index " + name + " is on no table known before it; assumed to be on an existing table");
                out.lock(line, "DROP INDEX", name, concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE, concurrently, true,
                        "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + name);
            }
        } while (in.acceptSymbol(","));
    }

    /** One action of an ALTER TABLE other than ADD ({@link #alterTableActions} splits the statement and reads ADDs). */
    private static void alterTable(TokenCursor in, ScriptBuilder out, int line, String text) {
        in.expect("ALTER", "TABLE");
        in.accept("IF", "EXISTS");
        in.accept("ONLY");
        String table = in.qualifiedName("a table name");
        if (in.accept("RENAME", "TO")) {
            out.add(new RenameTable(table, in.identifier("a table name")), line);
        } else if (in.accept("RENAME")) {
            in.accept("COLUMN");
            String from = in.identifier("a column name");
            in.expect("TO");
            out.add(new RenameColumn(table, from, in.identifier("a column name")), line);
        } else if (in.accept("DROP", "CONSTRAINT")) {
            in.accept("IF", "EXISTS");
            String name = in.identifier("a constraint name");
            boolean fk = out.schema().table(table).flatMap(t -> t.foreignKey(name)).isPresent();
            out.add(fk ? new DropForeignKey(table, name) : new DropConstraint(table, name), line);
            in.accept("CASCADE");
        } else if (in.accept("DROP")) {
            in.accept("COLUMN");
            in.accept("IF", "EXISTS");
            out.add(new DropColumn(table, in.identifier("a column name")), line);
            if (!in.accept("CASCADE")) in.accept("RESTRICT");
        } else if (in.accept("VALIDATE", "CONSTRAINT")) {
            String name = in.identifier("a constraint name");
            out.data("validate constraint " + name + " on " + table, text, line, false, false);
            out.lock(line, "VALIDATE CONSTRAINT " + name + " on", table, LockMode.SHARE_UPDATE_EXCLUSIVE, false, true, text);
        } else if (in.accept("ALTER")) {
            in.accept("COLUMN");
            alterColumn(in, table, out, line, text);
        } else {
            String skipped = TokenCursor.text(in.until(x -> false));
            out.warn(line, text, "ALTER TABLE " + table + " " + skipped + " is not read by the migration reader; skipped");
            out.lock(line, "ALTER TABLE", table, StatementLocks.alterTableAction(skipped), false, true, text);
        }
    }

    private static void alterColumn(TokenCursor in, String table, ScriptBuilder out, int line, String text) {
        String name = in.identifier("a column name");
        Optional<Column> found = out.schema().table(table).flatMap(t -> t.column(name));
        Column current = found.orElse(Column.optional(name, LogicalType.TEXT));
        if (found.isEmpty()) out.warn(line, "ALTER COLUMN " + name, "column " + table + "." + name + " is not in the schema before this step; its other attributes are assumed");
        LogicalType type = current.type();
        boolean nullable = current.nullable();
        Optional<DefaultValue> def = current.defaultValue();
        if (in.accept("TYPE") || in.accept("SET", "DATA", "TYPE")) {
            type = ColumnTypeReader.read(in, e -> out.schema().enumType(e)).type();
            if (in.accept("USING")) in.until(x -> false);
        } else if (in.accept("SET", "NOT", "NULL")) {
            nullable = false;
        } else if (in.accept("DROP", "NOT", "NULL")) {
            nullable = true;
        } else if (in.accept("SET", "DEFAULT")) {
            def = Optional.of(DefaultReader.classify(in.until(x -> false), type));
        } else if (in.accept("DROP", "DEFAULT")) {
            def = Optional.empty();
        } else {
            String skipped = TokenCursor.text(in.until(x -> false));
            out.warn(line, "ALTER COLUMN " + name, "ALTER COLUMN " + name + " " + skipped + " is not read; skipped");
            out.lock(line, "ALTER TABLE", table, StatementLocks.alterTableAction("ALTER COLUMN " + name + " " + skipped), false, true, text);
            return;
        }
        out.add(new AlterColumn(table, name, type, nullable, def), line, text);
    }

    private static void data(List<Token> tokens, String text, ScriptBuilder out, int line) {
        boolean update = tokens.get(0).isWord("UPDATE");
        boolean insertSelect = tokens.get(0).isWord("INSERT") && tokens.stream().anyMatch(t -> t.isWord("SELECT"));
        boolean withUpdate = tokens.get(0).isWord("WITH") && tokens.stream().anyMatch(t -> t.isWord("UPDATE") || t.isWord("INSERT"));
        boolean batched = tokens.stream().anyMatch(t -> t.isWord("LIMIT") || t.isWord("BETWEEN"));
        String what = first(tokens);
        out.data(what.toLowerCase(java.util.Locale.ROOT) + " at line " + line, text, line, update || insertSelect || withUpdate, batched);
    }

    private static String first(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(3, tokens.size()) && tokens.get(i).kind() == Token.Kind.WORD; i++) {
            if (i > 0) out.append(' ');
            out.append(tokens.get(i).text());
        }
        return out.length() == 0 ? "statement" : out.toString();
    }
}
