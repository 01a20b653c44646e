package dev.schemadesigner.dialect;

import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.ConstraintNames;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SQLite 3 (3.35+ for DROP COLUMN). What ALTER TABLE cannot do in place becomes a table rebuild,
 * see {@link SqliteTableRebuild}. Enums become a VARCHAR with a named CHECK; an identity column
 * is the rowid alias {@code INTEGER PRIMARY KEY}.
 */
public final class SqliteDialect extends SqlDialect {

    /** SQLite sets no limit of its own; this keeps names readable and errors clear. */
    private static final int MAX_IDENTIFIER_CHARACTERS = 1024;

    @Override public String name() { return "sqlite"; }
    @Override public String displayName() { return "SQLite"; }
    @Override public int maxIdentifierLength() { return MAX_IDENTIFIER_CHARACTERS; }
    @Override public String identifierLengthUnit() { return "characters"; }
    @Override public boolean supportsTransactionalDdl() { return true; }
    @Override public boolean supportsConcurrentIndex() { return false; }
    @Override public boolean supportsPartialIndex() { return true; }
    @Override public boolean supportsIncludeColumns() { return false; }
    @Override public boolean supportsExpressionIndex() { return true; }
    @Override public boolean supportsNotValidConstraints() { return false; }
    @Override public boolean supportsEnumType() { return false; }
    @Override protected char quoteChar() { return '"'; }
    @Override protected boolean dollarInPlainNames() { return false; }
    @Override protected String identityClause() { return ""; }
    @Override protected boolean inlineForwardReferences() { return true; }

    @Override
    public String typeFor(LogicalType type, Schema schema) {
        return type.accept(new LogicalType.Visitor<>() {
            @Override public String smallInt(LogicalType.SmallInt type) { return "SMALLINT"; }
            @Override public String integer(LogicalType.Int type) { return "INTEGER"; }
            @Override public String bigInt(LogicalType.BigInt type) { return "BIGINT"; }
            @Override public String decimal(LogicalType.Decimal d) { return "NUMERIC(" + d.precision() + "," + d.scale() + ")"; }
            @Override public String doublePrecision(LogicalType.Double type) { return "REAL"; }
            @Override public String varchar(LogicalType.Varchar v) { return "VARCHAR(" + v.length() + ")"; }
            @Override public String text(LogicalType.Text type) { return "TEXT"; }
            @Override public String bool(LogicalType.Bool type) { return "BOOLEAN"; }
            @Override public String date(LogicalType.Date type) { return "DATE"; }
            @Override public String time(LogicalType.Time type) { return "TIME"; }
            @Override public String timestamp(LogicalType.Timestamp t) { return t.withTimeZone() ? "TIMESTAMPTZ" : "DATETIME"; }
            @Override public String uuid(LogicalType.Uuid type) { return "UUID"; }
            @Override public String json(LogicalType.Json type) { return "JSON"; }
            @Override public String binary(LogicalType.Binary type) { return "BLOB"; }
            @Override public String enumRef(LogicalType.EnumRef e) { return "VARCHAR(" + enumOf(e, schema).maxLength() + ")"; }
        });
    }

    /** An identity column that is the whole primary key is declared INTEGER, which makes it the rowid alias. */
    @Override
    protected String columnType(Table table, Column column, Schema schema) {
        return column.identity() && isRowidKey(table, column) ? "INTEGER" : typeFor(column.type(), schema);
    }

    /** The declared type and, when it names another, the affinity SQLite stores it with: {@code varchar(100) (TEXT)}, {@code integer}. */
    @Override
    public String readableType(Table table, Column column, Schema schema) {
        String declared = columnType(table, column, schema);
        String affinity = affinity(declared);
        String readable = lowerOutsideQuotes(declared);
        return declared.equalsIgnoreCase(affinity) ? readable : readable + " (" + affinity + ")";
    }

    /** SQLite's rules for a declared type's affinity, in their order (sqlite.org/datatype3.html, 3.1). */
    static String affinity(String declared) {
        String t = declared.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("INT")) return "INTEGER";
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) return "TEXT";
        if (t.contains("BLOB") || t.isBlank()) return "BLOB";
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) return "REAL";
        return "NUMERIC";
    }

    private static boolean isRowidKey(Table table, Column column) {
        return table.primaryKey().map(PrimaryKey::columns).filter(c -> c.equals(List.of(column.name()))).isPresent();
    }

    @Override
    protected List<Check> extraChecks(Table table, Schema schema) {
        List<Check> checks = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.type() instanceof LogicalType.EnumRef e) checks.add(enumCheck(table, c, enumOf(e, schema)));
        }
        return checks;
    }

    /** {@code ck_<table>_<column>_enum CHECK (<column> IN ('a', 'b'))}: the enum as SQLite keeps it. */
    Check enumCheck(Table table, Column column, EnumType type) {
        return new Check(ConstraintNames.enumCheck(table.name(), column.name()), quote(column.name()) + " IN ("
                + type.values().stream().map(this::stringLiteral).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public List<String> render(Op op, Schema before) {
        if (!SqliteTableRebuild.needed(op, before)) return super.render(op, before);
        return SqliteTableRebuild.render(this, op, before, super.render(op, before));
    }

    /** Only reached for changes that need no rebuild; {@link SqliteTableRebuild} handles the rest. */
    @Override
    protected List<String> alterColumn(AlterColumn op, Schema before, Schema after) {
        return SqliteTableRebuild.render(this, op, before, List.of());
    }

    /**
     * SQLite raises a message of one's own only inside a trigger, and a trigger is more than one
     * statement to split; an invalid JSON path is an error that quotes its text, so the message is that
     * path ("bad JSON path: 'cannot add unique …'"), evaluated only when a row offends.
     */
    @Override
    protected List<String> failWhenFound(String query, dev.schemadesigner.change.RowCheck.Message m) {
        return List.of("SELECT json_extract('{}', " + stringLiteral(m.lead()) + " || checked.offending || " + stringLiteral(m.middle())
                + " || checked.sample || " + stringLiteral(m.tail()) + ") FROM (" + query + ") AS checked WHERE checked.offending > 0");
    }

    @Override
    protected String charLength(String sql) { return "length(" + sql + ")"; }

    /** See docs/stored-forms.md, SQLite section. */
    @Override
    public Schema storedForm(Schema schema) {
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            List<Check> checks = new ArrayList<>(t.checks());
            checks.addAll(extraChecks(t, schema));
            tables.add(t.withColumns(t.columns().stream().map(c -> storedColumn(t, c, schema)).toList())
                    .withChecks(checks)
                    .withIndexes(t.indexes().stream().map(ix -> ix.withInclude(List.of()).withMethod(null)).toList())
                    .withRelationships(List.of())
                    .withComment(Optional.empty()));
        }
        return new Schema(tables, List.of());
    }

    private Column storedColumn(Table table, Column column, Schema schema) {
        Column c = storedDefault(column.withComment(Optional.empty()));
        if (c.type() instanceof LogicalType.EnumRef e) c = c.withType(LogicalType.varchar(enumOf(e, schema).maxLength()));
        boolean rowid = isRowidKey(table, c) && (c.identity() || c.type() instanceof LogicalType.Int);
        if (rowid) c = c.withNullable(false).withType(LogicalType.INTEGER).withIdentity(true);
        else if (c.identity()) c = c.withIdentity(false);
        if (c.defaultValue().orElse(null) instanceof DefaultValue.Bool b && !(c.type() instanceof LogicalType.Bool)) {
            c = c.withDefault(DefaultValue.number(b.value() ? "1" : "0"));
        }
        return c;
    }
}
