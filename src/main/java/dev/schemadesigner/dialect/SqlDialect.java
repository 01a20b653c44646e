package dev.schemadesigner.dialect;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.SqlScript;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropEnum;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.ExpressionKind;
import dev.schemadesigner.schema.ExpressionReader;
import dev.schemadesigner.schema.ExpressionRefusedException;
import dev.schemadesigner.schema.IndexMethod;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The DDL the three databases share. Each dialect answers the capability questions with
 * constants, names its types and quoting, and overrides only the statements it spells differently.
 */
abstract class SqlDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final ReservedWords reserved = ReservedWords.load(name());

    // ---- identifiers

    /** The quote character: {@code "} or a backtick. */
    protected abstract char quoteChar();

    /** Whether {@code $} may appear in an unquoted name. */
    protected boolean dollarInPlainNames() { return true; }

    @Override
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) throw new IdentifierException(displayName() + " identifiers cannot be empty");
        int length = "bytes".equals(identifierLengthUnit()) ? identifier.getBytes(StandardCharsets.UTF_8).length : identifier.length();
        if (length > maxIdentifierLength()) {
            throw new IdentifierException("identifier '" + abbreviate(identifier) + "' is " + length + " " + identifierLengthUnit()
                    + "; " + displayName() + " allows at most " + maxIdentifierLength() + " " + identifierLengthUnit());
        }
        boolean plain = PLAIN.matcher(identifier).matches() && (dollarInPlainNames() || identifier.indexOf('$') < 0);
        if (plain && !reserved.contains(identifier)) return identifier;
        String q = String.valueOf(quoteChar());
        return q + identifier.replace(q, q + q) + q;
    }

    @Override
    public boolean isReserved(String identifier) { return reserved.contains(identifier); }

    private static String abbreviate(String identifier) {
        return identifier.codePointCount(0, identifier.length()) <= 24 ? identifier
                : identifier.substring(0, identifier.offsetByCodePoints(0, 20)) + "…";
    }

    protected String columns(List<String> names) { return names.stream().map(this::quote).collect(Collectors.joining(", ")); }

    // ---- literals and defaults

    protected String stringLiteral(String value) { return "'" + value.replace("'", "''") + "'"; }

    /** {@code a || b}; MariaDB reads {@code ||} as OR and writes CONCAT(a, b) instead. */
    protected String concatenation(String left, String right) { return left + " || " + right; }

    /** Whether {@link #concatenation} is written as a function call (so needs no parentheses around it). */
    protected boolean concatenationIsFunction() { return false; }

    /**
     * Whether expressions keep PostgreSQL's casts and array comparisons as written. Elsewhere an
     * imported PostgreSQL expression is translated: a cast that changes nothing there ({@code 'a'::text},
     * {@code 0::numeric}, {@code (col)::text}, {@code …::text[]}) is left out, and
     * {@code x = ANY (ARRAY[a, b])} is written {@code x IN (a, b)}.
     */
    protected boolean keepsPostgresCasts() { return false; }

    /** How a cast target is spelled in {@code CAST(x AS …)}. */
    protected String castType(dev.schemadesigner.schema.ExpressionTypes.CastType type) { return type.sql(); }

    /** A function as this database names it ({@link dev.schemadesigner.schema.AllowedFunctions#spelling}). */
    protected String functionName(String function) {
        return dev.schemadesigner.schema.AllowedFunctions.spelling(name(), function);
    }

    protected String booleanLiteral(boolean value) { return value ? "1" : "0"; }

    /** How an expression default is written; SQLite and MariaDB want it parenthesised. */
    protected String expressionDefault(String sql) { return "(" + sql + ")"; }

    protected String currentTimestamp(Column column) { return "CURRENT_TIMESTAMP"; }

    protected String defaultSql(Column column, DefaultValue value) {
        if (value instanceof DefaultValue.Text t) return stringLiteral(t.value());
        if (value instanceof DefaultValue.Number n) return n.value();
        if (value instanceof DefaultValue.Bool b) return booleanLiteral(b.value());
        if (value instanceof DefaultValue.Expression e) return expressionDefault(expression(e.sql(), ExpressionReader.Scope.of(ExpressionKind.DEFAULT)));
        return currentTimestamp(column);
    }

    protected EnumType enumOf(LogicalType.EnumRef ref, Schema schema) {
        return schema.enumType(ref.enumName())
                .orElseThrow(() -> new UserFacingException(ErrorCode.INVALID_SCHEMA, "enum type " + ref.enumName() + " does not exist in the schema"));
    }

    // ---- columns and tables

    /** The type written for this column; identity columns may need another spelling (SQLite's INTEGER). */
    protected String columnType(Table table, Column column, Schema schema) { return typeFor(column.type(), schema); }

    @Override
    public String readableType(Table table, Column column, Schema schema) { return lowerOutsideQuotes(columnType(table, column, schema)); }

    /** Keywords in lower case; quoted names and string literals (an enum's values) as they are. */
    protected static String lowerOutsideQuotes(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (char c : sql.toCharArray()) {
            if (quote == 0 && (c == '\'' || c == '"' || c == '`')) quote = c;
            else if (c == quote) quote = 0;
            out.append(quote == 0 ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** Written after the default: {@code GENERATED BY DEFAULT AS IDENTITY}, {@code AUTO_INCREMENT}, or nothing. */
    protected abstract String identityClause();

    /** A comment written inside the column definition (MariaDB), else empty. */
    protected String inlineColumnComment(Column column) { return ""; }

    /** Written after the closing parenthesis of CREATE TABLE (MariaDB's table comment). */
    protected String tableOptions(Table table) { return ""; }

    protected String columnDefinition(Table table, Column column, Schema schema) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(columnType(table, column, schema));
        if (!column.nullable()) sql.append(" NOT NULL");
        column.defaultValue().ifPresent(d -> sql.append(" DEFAULT ").append(defaultSql(column, d)));
        if (column.identity()) sql.append(identityClause());
        sql.append(inlineColumnComment(column));
        return sql.toString();
    }

    /** Checks the database needs beyond the model's, e.g. SQLite's enum checks. */
    protected List<Check> extraChecks(Table table, Schema schema) { return List.of(); }

    /** Whether indexes are declared inside CREATE TABLE (MariaDB: so it never invents an index for a foreign key). */
    protected boolean indexesInsideCreateTable() { return false; }

    /** CREATE TABLE under {@code sqlName}, without the foreign keys in {@code omit}. */
    protected String createTableStatement(Table table, Schema schema, List<ForeignKey> omit, String sqlName) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(table, c, schema)));
        table.primaryKey().ifPresent(pk -> parts.add("PRIMARY KEY (" + columns(pk.columns()) + ")"));
        table.uniques().forEach(u -> parts.add(uniqueConstraint(u)));
        table.checks().forEach(c -> parts.add(checkConstraint(table, c)));
        extraChecks(table, schema).forEach(c -> parts.add(checkConstraint(table, c)));
        table.foreignKeys().stream().filter(fk -> !omit.contains(fk)).forEach(fk -> parts.add(foreignKeyConstraint(fk)));
        if (indexesInsideCreateTable()) table.indexes().forEach(ix -> inlineIndex(table, ix).ifPresent(parts::add));
        return "CREATE TABLE " + quote(sqlName) + " (\n    " + String.join(",\n    ", parts) + "\n)" + tableOptions(table);
    }

    protected List<String> createTable(Table table, Schema schema, List<ForeignKey> omit) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(table, schema, omit, table.name()));
        if (!indexesInsideCreateTable()) table.indexes().forEach(ix -> out.addAll(createIndex(table, ix, false)));
        out.addAll(comments(table));
        return out;
    }

    /** COMMENT ON statements for a table and its columns (PostgreSQL); empty elsewhere. */
    protected List<String> comments(Table table) { return List.of(); }

    protected List<String> columnComment(Table table, Column column) { return List.of(); }

    protected List<String> createEnum(EnumType type) { return List.of(); }

    protected List<String> dropEnum(String name) { return List.of(); }

    @Override
    public List<String> createSchema(Schema schema) {
        List<String> out = new ArrayList<>();
        schema.enums().forEach(e -> out.addAll(createEnum(e)));
        TableOrder order = TableOrder.of(schema);
        List<String> late = new ArrayList<>();
        for (Table t : order.tables()) {
            List<ForeignKey> omit = inlineForwardReferences() ? List.of() : order.deferredOf(t.name());
            out.add(createTableStatement(t, schema, omit, t.name()));
            omit.forEach(fk -> late.add(addForeignKey(t.name(), fk, false)));
        }
        out.addAll(late);
        if (!indexesInsideCreateTable()) {
            for (Table t : schema.tables()) t.indexes().forEach(ix -> out.addAll(createIndex(t, ix, false)));
        }
        schema.tables().forEach(t -> out.addAll(comments(t)));
        return out;
    }

    /** Whether CREATE TABLE may reference a table created later (SQLite), so cycles need no ALTER TABLE. */
    protected boolean inlineForwardReferences() { return false; }

    // ---- constraints

    protected String uniqueConstraint(Unique u) { return "CONSTRAINT " + quote(u.name()) + " UNIQUE (" + columns(u.columns()) + ")"; }

    protected String checkConstraint(Table table, Check c) {
        String body = placed(() -> expression(c.expression(), ExpressionReader.Scope.of(ExpressionKind.CHECK, table)), "table " + table.name() + ", check " + c.name());
        return "CONSTRAINT " + quote(c.name()) + " CHECK (" + body + ")";
    }

    /**
     * A model expression as this database reads it: parsed and checked by {@link ExpressionReader},
     * then printed from the tree; the text itself is never written. Refused expressions throw
     * {@link dev.schemadesigner.schema.ExpressionRefusedException}.
     */
    protected String expression(String sql, ExpressionReader.Scope scope) {
        return new ExpressionPrinter(this).print(ExpressionReader.read(sql, scope.forDialect(name())));
    }

    @Override
    public Portable portable(Schema schema) {
        List<String> leftOut = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            Table kept = t;
            for (Check c : t.checks()) {
                String refused = refusal(() -> expression(c.expression(), ExpressionReader.Scope.of(ExpressionKind.CHECK, t)));
                if (refused == null) continue;
                kept = kept.withoutCheck(c.name());
                leftOut.add("table " + t.name() + ": check " + c.name() + " left out on " + displayName() + " (" + refused + ")");
            }
            for (Column c : t.columns()) {
                if (!(c.defaultValue().orElse(null) instanceof DefaultValue.Expression e)) continue;
                String refused = refusal(() -> writtenDefault(e.sql()));
                if (refused == null) continue;
                kept = kept.replaceColumn(c.name(), column -> column.withDefault(java.util.Optional.empty()));
                leftOut.add("table " + t.name() + ": default " + e.sql() + " of column " + c.name() + " left out on " + displayName() + " (" + refused + ")");
            }
            for (Index ix : t.indexes()) {
                String refused = null;
                for (IndexKey key : ix.keys()) {
                    if (refused == null && key instanceof IndexKey.ExpressionKey x) {
                        refused = refusal(() -> expression(x.sql(), ExpressionReader.Scope.of(ExpressionKind.INDEX_KEY, t)));
                    }
                }
                if (refused == null && ix.where().isPresent()) {
                    refused = refusal(() -> expression(ix.where().get(), ExpressionReader.Scope.of(ExpressionKind.INDEX_WHERE, t)));
                }
                if (refused == null) continue;
                kept = kept.withoutIndex(ix.name());
                leftOut.add("table " + t.name() + ": index " + ix.name() + " left out on " + displayName() + " (" + refused + ")");
            }
            tables.add(kept);
        }
        return new Portable(new Schema(tables, schema.enums()), leftOut);
    }

    @Override
    public java.util.Optional<String> defaultExpression(String sql) {
        return refusal(() -> writtenDefault(sql)) == null ? java.util.Optional.of(writtenDefault(sql)) : java.util.Optional.empty();
    }

    private String writtenDefault(String sql) { return expressionDefault(expression(sql, ExpressionReader.Scope.of(ExpressionKind.DEFAULT))); }

    /**
     * An expression default as this database stores it: in its own spelling where it writes the
     * expression differently (SQLite's stand-in for gen_random_uuid()), and none where it cannot run
     * it (as {@link #portable} leaves it out).
     */
    protected Column storedDefault(Column column) {
        if (!(column.defaultValue().orElse(null) instanceof DefaultValue.Expression e)) return column;
        return column.withDefault(defaultExpression(e.sql()).map(DefaultValue::expression));
    }

    /** Why this database refuses the expression {@code rendering} writes, or null when it does not. */
    private static String refusal(java.util.function.Supplier<String> rendering) {
        try {
            rendering.get();
            return null;
        } catch (ExpressionRefusedException e) {
            return e.getMessage();
        }
    }

    private static String placed(java.util.function.Supplier<String> rendering, String where) {
        try {
            return rendering.get();
        } catch (ExpressionRefusedException e) {
            throw e.at(where);
        }
    }

    protected String foreignKeyConstraint(ForeignKey fk) {
        return "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES "
                + quote(fk.referencedTable()) + " (" + columns(fk.referencedColumns()) + ")"
                + action("DELETE", fk.onDelete()) + action("UPDATE", fk.onUpdate());
    }

    private static String action(String event, FkAction action) {
        return action == FkAction.NO_ACTION ? "" : " ON " + event + " " + action.sql();
    }

    protected String notValid(boolean notValid) { return notValid && supportsNotValidConstraints() ? " NOT VALID" : ""; }

    protected String addForeignKey(String table, ForeignKey fk, boolean notValid) {
        return "ALTER TABLE " + quote(table) + " ADD " + foreignKeyConstraint(fk) + notValid(notValid);
    }

    @Override
    public List<String> validateConstraint(String table, String name) {
        return supportsNotValidConstraints() ? List.of("ALTER TABLE " + quote(table) + " VALIDATE CONSTRAINT " + quote(name)) : List.of();
    }

    // ---- indexes

    /** Whether USING method is written. */
    protected boolean supportsIndexMethod() { return false; }

    /** How one key is written; MariaDB adds a prefix length for TEXT/BLOB columns. */
    protected String indexKey(Table table, IndexKey key, boolean unique) {
        if (key instanceof IndexKey.ColumnKey c) return quote(c.column());
        String sql = ((IndexKey.ExpressionKey) key).sql();
        return "(" + placed(() -> expression(sql, ExpressionReader.Scope.of(ExpressionKind.INDEX_KEY, table)), "table " + table.name() + ", index key") + ")";
    }

    protected String indexKeys(Table table, Index ix) {
        return ix.keys().stream().map(k -> indexKey(table, k, ix.unique())).collect(Collectors.joining(", "));
    }

    /** Fails or answers whether the index is written at all (MariaDB skips expression indexes). */
    protected boolean renders(Table table, Index ix) { return true; }

    protected List<String> createIndex(Table table, Index ix, boolean concurrently) {
        if (!renders(table, ix)) return List.of();
        StringBuilder sql = new StringBuilder("CREATE ");
        if (ix.unique()) sql.append("UNIQUE ");
        sql.append("INDEX ");
        if (concurrently && supportsConcurrentIndex()) sql.append("CONCURRENTLY ");
        sql.append(quote(ix.name())).append(" ON ").append(quote(table.name()));
        if (supportsIndexMethod()) ix.method().ifPresent(m -> sql.append(" USING ").append(IndexMethod.of(m).sql()));
        sql.append(" (").append(indexKeys(table, ix)).append(')');
        if (supportsIncludeColumns() && !ix.include().isEmpty()) sql.append(" INCLUDE (").append(columns(ix.include())).append(')');
        if (supportsPartialIndex()) {
            ix.where().ifPresent(w -> sql.append(" WHERE ").append(placed(() -> expression(w, ExpressionReader.Scope.of(ExpressionKind.INDEX_WHERE, table)),
                    "table " + table.name() + ", index " + ix.name() + " WHERE")));
        }
        return List.of(sql.toString());
    }

    /** The index as an element of CREATE TABLE, when {@link #indexesInsideCreateTable()}. */
    protected java.util.Optional<String> inlineIndex(Table table, Index ix) {
        if (!renders(table, ix)) return java.util.Optional.empty();
        return java.util.Optional.of((ix.unique() ? "UNIQUE " : "") + "INDEX " + quote(ix.name()) + " (" + indexKeys(table, ix) + ")");
    }

    protected List<String> dropIndex(Table table, Index ix, boolean concurrently) {
        return List.of("DROP INDEX " + (concurrently && supportsConcurrentIndex() ? "CONCURRENTLY " : "") + quote(ix.name()));
    }

    // ---- operations

    @Override
    public List<String> render(Op op, Schema before) {
        Schema after = op.apply(before);
        return op.accept(new Op.Visitor<>() {
            @Override public List<String> createTable(CreateTable o) { return SqlDialect.this.createTable(o.table(), after, List.of()); }
            @Override public List<String> dropTable(DropTable o) { return List.of("DROP TABLE " + quote(o.table())); }
            @Override public List<String> renameTable(RenameTable o) { return SqlDialect.this.renameTable(o, before, after); }
            @Override public List<String> addColumn(AddColumn o) { return SqlDialect.this.addColumn(o, after); }
            @Override public List<String> dropColumn(DropColumn o) { return List.of(alter(o.table()) + " DROP COLUMN " + quote(o.column())); }
            @Override public List<String> renameColumn(RenameColumn o) { return SqlDialect.this.renameColumn(o, before, after); }
            @Override public List<String> alterColumn(AlterColumn o) { return SqlDialect.this.alterColumn(o, before, after); }
            @Override public List<String> createIndex(CreateIndex o) { return SqlDialect.this.createIndex(after.requireTable(o.table()), o.index(), o.concurrently()); }
            @Override public List<String> dropIndex(DropIndex o) {
                Table t = before.requireTable(o.table());
                return SqlDialect.this.dropIndex(t, t.index(o.name()).orElseThrow(), o.concurrently());
            }
            @Override public List<String> addForeignKey(AddForeignKey o) { return List.of(SqlDialect.this.addForeignKey(o.table(), o.foreignKey(), o.notValid())); }
            @Override public List<String> dropForeignKey(DropForeignKey o) { return SqlDialect.this.dropForeignKey(before.requireTable(o.table()), o.name()); }
            @Override public List<String> addCheck(AddCheck o) {
                return List.of(alter(o.table()) + " ADD " + checkConstraint(after.requireTable(o.table()), o.check()) + notValid(o.notValid()));
            }
            @Override public List<String> addUnique(AddUnique o) { return List.of(alter(o.table()) + " ADD " + uniqueConstraint(o.unique())); }
            @Override public List<String> dropConstraint(DropConstraint o) { return SqlDialect.this.dropConstraint(before.requireTable(o.table()), o.name()); }
            @Override public List<String> createEnum(CreateEnum o) { return SqlDialect.this.createEnum(o.type()); }
            @Override public List<String> dropEnum(DropEnum o) { return SqlDialect.this.dropEnum(o.name()); }
            @Override public List<String> dataMigration(DataMigration o) { return SqlScript.read(o.upgradeFor(name()), name()).statementTexts(); }
        });
    }

    protected String alter(String table) { return "ALTER TABLE " + quote(table); }

    protected List<String> renameTable(RenameTable op, Schema before, Schema after) {
        return List.of(alter(op.from()) + " RENAME TO " + quote(op.to()));
    }

    protected List<String> addColumn(AddColumn op, Schema after) {
        Table table = after.requireTable(op.table());
        List<String> out = new ArrayList<>();
        out.add(alter(op.table()) + " ADD COLUMN " + columnDefinition(table, op.column(), after));
        out.addAll(columnComment(table, op.column()));
        return out;
    }

    protected List<String> renameColumn(RenameColumn op, Schema before, Schema after) {
        return List.of(alter(op.table()) + " RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    protected abstract List<String> alterColumn(AlterColumn op, Schema before, Schema after);

    protected List<String> dropForeignKey(Table table, String name) {
        return List.of(alter(table.name()) + " DROP CONSTRAINT " + quote(name));
    }

    protected List<String> dropConstraint(Table table, String name) {
        return List.of(alter(table.name()) + " DROP CONSTRAINT " + quote(name));
    }

    // ---- checks of existing rows (RowCheckSql builds the query, each database fails in its own way)

    @Override
    public List<String> checkRows(dev.schemadesigner.change.RowCheck check, Schema before) {
        return failWhenFound(RowCheckSql.query(this, check, before), check.message());
    }

    /**
     * Statements that fail with {@code lead + offending + middle + sample + tail} when {@code query}'s one
     * row has {@code offending > 0}; the query's columns are {@code offending} (a count) and {@code sample} (text).
     */
    protected abstract List<String> failWhenFound(String query, dev.schemadesigner.change.RowCheck.Message message);

    /** A value as text, for samples and comparisons with text. */
    protected String textOf(String sql) { return "CAST(" + sql + " AS TEXT)"; }

    /** The length of a text in characters. */
    protected String charLength(String sql) { return "char_length(" + sql + ")"; }

    /** A number that ROUND(x, n) accepts whatever the column's numeric type. */
    protected String roundable(String sql) { return sql; }

    // ---- stored form helpers

    /** The schema without what no database stores (ORM relationships). */
    protected static Schema withoutRelationships(Schema schema) {
        return schema.withTables(schema.tables().stream().map(t -> t.withRelationships(List.of())).toList());
    }
}
