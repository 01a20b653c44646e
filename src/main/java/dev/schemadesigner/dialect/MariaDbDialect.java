package dev.schemadesigner.dialect;

import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SqlExpressions;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MariaDB 10.11 (and MySQL where the syntax agrees). Indexes are declared inside CREATE TABLE so
 * the server never invents one for a foreign key that the model already indexes.
 * <p>
 * A foreign key without an index leading with its columns gets one from MariaDB, named after the
 * key; it disappears when an index that can serve the key is created. Dropping an index a key needs
 * puts that index back in the same statement, so the database and the stored form keep agreeing.
 * <p>
 * Non-unique index keys on TEXT, JSON and BLOB columns (and VARCHAR longer than 768 characters,
 * which would exceed InnoDB's 3072-byte key in utf8mb4) get a prefix of {@value #INDEX_PREFIX}
 * characters: MariaDB refuses them without one. Unique keys get no prefix, since a prefix would
 * change what is unique; MariaDB 10.4+ enforces them with a hidden hash instead.
 */
public final class MariaDbDialect extends SqlDialect {

    static final int INDEX_PREFIX = 255;
    private static final int MAX_IDENTIFIER_CHARACTERS = 64;
    private static final int LONGEST_FULLY_INDEXED_VARCHAR = 768;

    @Override public String name() { return "mariadb"; }
    @Override public String displayName() { return "MariaDB"; }
    @Override public int maxIdentifierLength() { return MAX_IDENTIFIER_CHARACTERS; }
    @Override public String identifierLengthUnit() { return "characters"; }
    @Override public boolean supportsTransactionalDdl() { return false; }
    @Override public boolean supportsConcurrentIndex() { return false; }
    @Override public boolean supportsPartialIndex() { return false; }
    @Override public boolean supportsIncludeColumns() { return false; }
    @Override public boolean supportsExpressionIndex() { return false; }
    @Override public boolean supportsNotValidConstraints() { return false; }
    @Override public boolean supportsEnumType() { return false; }
    @Override protected char quoteChar() { return '`'; }
    @Override protected String identityClause() { return " AUTO_INCREMENT"; }
    @Override protected boolean indexesInsideCreateTable() { return true; }

    @Override
    protected String stringLiteral(String value) { return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"; }

    /**
     * A statement runs one SQL statement here, and SIGNAL is one only inside IF … END IF; so the counts go
     * into session variables and EXECUTE IMMEDIATE runs either the SIGNAL or nothing. MESSAGE_TEXT holds
     * at most 512 characters.
     */
    @Override
    protected List<String> failWhenFound(String query, dev.schemadesigner.change.RowCheck.Message m) {
        return List.of("SELECT checked.offending, checked.sample INTO @sd_offending, @sd_sample FROM (" + query + ") AS checked",
                "EXECUTE IMMEDIATE IF(@sd_offending > 0, CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(LEFT(CONCAT("
                        + stringLiteral(m.lead()) + ", @sd_offending, " + stringLiteral(m.middle()) + ", @sd_sample, " + stringLiteral(m.tail())
                        + "), 500))), 'DO 0')");
    }

    @Override
    protected String textOf(String sql) { return "CAST(" + sql + " AS CHAR)"; }

    /** DATETIME(6) wants a default of the same precision. */
    @Override
    protected String currentTimestamp(Column column) {
        return column.type() instanceof LogicalType.Timestamp ? "CURRENT_TIMESTAMP(6)" : "CURRENT_TIMESTAMP";
    }

    @Override
    public String typeFor(LogicalType type, Schema schema) {
        return type.accept(new LogicalType.Visitor<>() {
            @Override public String smallInt(LogicalType.SmallInt type) { return "SMALLINT"; }
            @Override public String integer(LogicalType.Int type) { return "INT"; }
            @Override public String bigInt(LogicalType.BigInt type) { return "BIGINT"; }
            @Override public String decimal(LogicalType.Decimal d) { return "DECIMAL(" + d.precision() + "," + d.scale() + ")"; }
            @Override public String doublePrecision(LogicalType.Double type) { return "DOUBLE"; }
            @Override public String varchar(LogicalType.Varchar v) { return "VARCHAR(" + v.length() + ")"; }
            @Override public String text(LogicalType.Text type) { return "TEXT"; }
            @Override public String bool(LogicalType.Bool type) { return "TINYINT(1)"; }
            @Override public String date(LogicalType.Date type) { return "DATE"; }
            @Override public String time(LogicalType.Time type) { return "TIME"; }
            @Override public String timestamp(LogicalType.Timestamp type) { return "DATETIME(6)"; }
            @Override public String uuid(LogicalType.Uuid type) { return "UUID"; }
            @Override public String json(LogicalType.Json type) { return "JSON"; }
            @Override public String binary(LogicalType.Binary type) { return "LONGBLOB"; }
            @Override public String enumRef(LogicalType.EnumRef e) { return "ENUM(" + enumOf(e, schema).values().stream().map(MariaDbDialect.this::stringLiteral).collect(Collectors.joining(",")) + ")"; }
        });
    }

    @Override
    protected String inlineColumnComment(Column column) { return column.comment().map(c -> " COMMENT " + stringLiteral(c)).orElse(""); }

    @Override
    protected String tableOptions(Table table) { return table.comment().map(c -> " COMMENT=" + stringLiteral(c)).orElse(""); }

    /** MariaDB reads {@code ||} as OR unless PIPES_AS_CONCAT is set. */
    @Override
    protected String concatenation(String left, String right) { return "CONCAT(" + left + ", " + right + ")"; }

    @Override
    protected boolean concatenationIsFunction() { return true; }

    /** MariaDB refuses a CHECK that reads an AUTO_INCREMENT column (the value is not known when the check runs). */
    @Override
    protected String checkConstraint(Table table, Check check) {
        String body = SqlExpressions.canonical(check.expression());
        for (Column c : table.columns()) {
            if (c.identity() && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(c.name().toLowerCase(java.util.Locale.ROOT)) + "\\b").matcher(body).find()) {
                throw new UnsupportedFeatureException(displayName(), "a CHECK on an AUTO_INCREMENT column (check " + check.name() + " on "
                        + table.name() + " reads " + c.name() + "); enforce it with a trigger or in the application");
            }
        }
        return super.checkConstraint(table, check);
    }

    @Override
    protected boolean renders(Table table, Index ix) {
        if (ix.unique() && ix.where().isPresent()) {
            throw new UnsupportedFeatureException(displayName(), "partial unique indexes (index " + ix.name() + " on " + table.name()
                    + " has WHERE " + ix.where().get() + "); use a unique constraint over all rows or enforce it in the application");
        }
        return !ix.hasExpressions();
    }

    @Override
    protected String indexKey(Table table, IndexKey key, boolean unique) {
        String sql = super.indexKey(table, key, unique);
        if (unique || !(key instanceof IndexKey.ColumnKey c)) return sql;
        LogicalType type = table.column(c.column()).map(Column::type).orElse(LogicalType.INTEGER);
        return needsPrefix(type) ? sql + "(" + INDEX_PREFIX + ")" : sql;
    }

    private static boolean needsPrefix(LogicalType type) {
        return type instanceof LogicalType.Text || type instanceof LogicalType.Json || type instanceof LogicalType.Binary
                || type instanceof LogicalType.Varchar v && v.length() > LONGEST_FULLY_INDEXED_VARCHAR;
    }

    @Override
    protected List<String> createIndex(Table table, Index ix, boolean concurrently) {
        if (!renders(table, ix)) return List.of();
        return List.of("CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + quote(ix.name()) + " ON " + quote(table.name())
                + " (" + indexKeys(table, ix) + ")");
    }

    @Override
    protected List<String> dropIndex(Table table, Index ix, boolean concurrently) {
        if (!renders(table, ix)) return List.of();
        return dropIndexKeepingForeignKeys(table, table.withoutIndex(ix.name()), ix.name());
    }

    /**
     * DROP INDEX, or where a foreign key needs that index (MariaDB refuses to drop it), one ALTER
     * TABLE that drops it and adds the index MariaDB would have made for the key, named after it.
     */
    private List<String> dropIndexKeepingForeignKeys(Table before, Table after, String indexName) {
        List<String> replacements = before.foreignKeys().stream()
                .filter(fk -> hasLeadingIndex(before, fk) && !hasLeadingIndex(after, fk))
                .map(fk -> ", ADD INDEX " + quote(fk.name()) + " (" + columns(fk.columns()) + ")").toList();
        if (replacements.isEmpty()) return List.of("DROP INDEX " + quote(indexName) + " ON " + quote(before.name()));
        return List.of(alter(before.name()) + " DROP INDEX " + quote(indexName) + String.join("", replacements));
    }

    /** Also drops the index MariaDB created for the key when the model has none leading with its columns. */
    @Override
    protected List<String> dropForeignKey(Table table, String name) {
        List<String> out = new ArrayList<>();
        out.add(alter(table.name()) + " DROP FOREIGN KEY " + quote(name));
        ForeignKey fk = table.foreignKey(name).orElseThrow();
        if (!hasLeadingIndex(table, fk)) out.add("DROP INDEX " + quote(name) + " ON " + quote(table.name()));
        return out;
    }

    /** Unique constraints are indexes in MariaDB. */
    @Override
    protected List<String> dropConstraint(Table table, String name) {
        if (table.unique(name).isPresent()) return dropIndexKeepingForeignKeys(table, table.withoutUnique(name), name);
        return super.dropConstraint(table, name);
    }

    /** MODIFY COLUMN restates the whole definition (comment and AUTO_INCREMENT included). */
    @Override
    protected List<String> alterColumn(AlterColumn op, Schema before, Schema after) {
        if (!op.changesType(before) && !op.changesNullability(before) && !op.changesDefault(before)) return List.of();
        Table table = after.requireTable(op.table());
        Column column = table.column(op.column()).orElseThrow();
        return List.of(alter(op.table()) + " MODIFY COLUMN " + columnDefinition(table, column, after));
    }

    /** Whether an index (or the primary key, or a unique constraint) starts with the key's columns, so MariaDB creates none. */
    static boolean hasLeadingIndex(Table table, ForeignKey fk) {
        List<String> cols = fk.columns();
        if (table.primaryKey().map(pk -> startsWith(pk.columns(), cols)).orElse(false)) return true;
        if (table.uniques().stream().anyMatch(u -> startsWith(u.columns(), cols))) return true;
        return table.indexes().stream().anyMatch(ix -> !ix.hasExpressions() && ix.leadsWith(cols));
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    /** See docs/stored-forms.md, MariaDB section. */
    @Override
    public Schema storedForm(Schema schema) {
        List<EnumType> enums = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            List<Column> columns = t.columns().stream().map(c -> storedColumn(t, c, schema, enums)).toList();
            List<Index> indexes = new ArrayList<>();
            t.uniques().forEach(u -> indexes.add(uniqueIndex(u)));
            t.indexes().stream().filter(ix -> !ix.hasExpressions())
                    .forEach(ix -> indexes.add(ix.withWhere(Optional.empty()).withInclude(List.of()).withMethod(null)));
            // the index MariaDB makes for a key without a leading index is named like the key: not listed (docs/stored-forms.md)
            tables.add(t.withColumns(columns).withUniques(List.of()).withIndexes(indexes).withRelationships(List.of())
                    .withForeignKeys(t.foreignKeys().stream().map(fk -> fk.withActions(restrict(fk.onDelete()), restrict(fk.onUpdate()))).toList()));
        }
        return new Schema(tables, enums);
    }

    private static Column storedColumn(Table table, Column column, Schema schema, List<EnumType> enums) {
        if (column.type() instanceof LogicalType.EnumRef e) {
            String name = table.name() + "_" + column.name();
            schema.enumType(e.enumName()).ifPresent(type -> enums.add(new EnumType(name, type.values())));
            return column.withType(LogicalType.enumOf(name));
        }
        if (column.type() instanceof LogicalType.Timestamp) return column.withType(LogicalType.TIMESTAMP);
        return column;
    }

    private static Index uniqueIndex(Unique u) { return Index.uniqueOn(u.name(), u.columns().toArray(String[]::new)); }

    private static FkAction restrict(FkAction action) { return action == FkAction.NO_ACTION ? FkAction.RESTRICT : action; }

    /** MariaDB's CAST takes CHAR, DECIMAL, SIGNED, DOUBLE, DATE, DATETIME, TIME …, not the column type names. */
    @Override
    protected String castType(dev.schemadesigner.schema.ExpressionTypes.CastType type) {
        String args = type.precision().map(p -> "(" + p + type.scale().map(sc -> "," + sc).orElse("") + ")").orElse("");
        return switch (type.name()) {
            case "text", "varchar", "character varying", "char", "character" -> "CHAR" + args;
            case "numeric", "decimal" -> "DECIMAL" + (args.isEmpty() ? "(65,30)" : args);
            case "smallint", "integer", "int", "bigint", "int2", "int4", "int8", "signed", "signed integer" -> "SIGNED";
            case "unsigned", "unsigned integer" -> "UNSIGNED";
            case "real", "double precision", "double", "float", "float4", "float8" -> "DOUBLE";
            case "timestamp", "timestamptz", "timestamp with time zone", "timestamp without time zone", "datetime" -> "DATETIME";
            default -> type.sql();
        };
    }
}
