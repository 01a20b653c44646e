package dev.schemadesigner.generate.python;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.List;

import java.util.stream.Collectors;

/**
 * SQLAlchemy spellings of the logical types: as model code ({@code String(50)}, names imported
 * from {@code sqlalchemy}) and as Alembic code ({@code sa.String(length=50)}), plus Python type hints.
 * Types valid on SQLAlchemy 1.4 and 2.0 alike; UUID is a string on SQLite and UUID on PostgreSQL.
 */
public final class SaTypes {
    private SaTypes() {}

    /** The SQLAlchemy type name for model code; {@code imports} receives what it needs. */
    public static String model(LogicalType t, Schema schema, Imports imports, boolean typed2) {
        if (t instanceof LogicalType.EnumRef e) {
            EnumType type = schema.enumType(e.enumName()).orElseThrow(() -> new UserFacingException(ErrorCode.INVALID_SCHEMA, "unknown enum " + e.enumName()));
            imports.from("sqlalchemy", "Enum");
            String cls = PyText.enumClassName(type.name());
            return "Enum(" + cls + ", name=" + PyText.str(type.name()) + ", values_callable=lambda members: [m.value for m in members])";
        }
        // typed and classic models spell UUID as the migrations do, so `alembic check` sees no type change on SQLite
        if (t instanceof LogicalType.Uuid) {
            imports.from("sqlalchemy", "String");
            imports.from("sqlalchemy.dialects", "postgresql");
            return "String(36).with_variant(postgresql.UUID(as_uuid=False), \"postgresql\")";
        }
        String name = baseName(t);
        imports.from("sqlalchemy", name);
        return name + args(t, false);
    }

    /**
     * Whether a column is an identity primary key of an integer type other than INTEGER (BIGINT, SMALLINT):
     * SQLite numbers rows only for a key declared exactly {@code INTEGER PRIMARY KEY} (the rowid alias, as
     * the SQLite dialect's stored form says), so such a key is declared INTEGER there.
     */
    public static boolean needsSqliteRowidVariant(Table t, Column c) {
        return c.identity() && c.type().isInteger() && !(c.type() instanceof LogicalType.Int)
                && t.primaryKey().map(pk -> pk.columns().equals(List.of(c.name()))).orElse(false);
    }

    /** The model type of a column: {@link #model}, with the SQLite INTEGER variant for the keys of {@link #needsSqliteRowidVariant}. */
    public static String modelColumn(Table t, Column c, Schema schema, Imports imports, boolean typed2) {
        if (!needsSqliteRowidVariant(t, c)) return model(c.type(), schema, imports, typed2);
        imports.from("sqlalchemy", baseName(c.type()), "Integer");
        return baseName(c.type()) + "().with_variant(Integer, \"sqlite\")";
    }

    /** The Alembic type of a column: {@link #alembic}, with the SQLite INTEGER variant for the keys of {@link #needsSqliteRowidVariant}. */
    public static String alembicColumn(Table t, Column c, Schema schema) {
        String type = alembic(c.type(), schema);
        return needsSqliteRowidVariant(t, c) ? type + ".with_variant(sa.Integer(), \"sqlite\")" : type;
    }

    /** The type for Alembic revisions ({@code import sqlalchemy as sa}); enum columns never create their type. */
    public static String alembic(LogicalType t, Schema schema) {
        if (t instanceof LogicalType.EnumRef e) {
            EnumType type = schema.enumType(e.enumName()).orElseThrow(() -> new UserFacingException(ErrorCode.INVALID_SCHEMA, "unknown enum " + e.enumName()));
            return "postgresql.ENUM(" + values(type) + ", name=" + PyText.str(type.name()) + ", create_type=False)";
        }
        if (t instanceof LogicalType.Uuid) return "sa.String(length=36).with_variant(postgresql.UUID(as_uuid=False), \"postgresql\")";
        return "sa." + baseName(t) + args(t, true);
    }

    public static String values(EnumType type) {
        return type.values().stream().map(PyText::str).collect(Collectors.joining(", "));
    }

    private static String baseName(LogicalType t) {
        return t.accept(new LogicalType.Visitor<>() {
            @Override public String smallInt(LogicalType.SmallInt type) { return "SmallInteger"; }
            @Override public String integer(LogicalType.Int type) { return "Integer"; }
            @Override public String bigInt(LogicalType.BigInt type) { return "BigInteger"; }
            @Override public String decimal(LogicalType.Decimal type) { return "Numeric"; }
            @Override public String doublePrecision(LogicalType.Double type) { return "Float"; }
            @Override public String varchar(LogicalType.Varchar type) { return "String"; }
            @Override public String text(LogicalType.Text type) { return "Text"; }
            @Override public String bool(LogicalType.Bool type) { return "Boolean"; }
            @Override public String date(LogicalType.Date type) { return "Date"; }
            @Override public String time(LogicalType.Time type) { return "Time"; }
            @Override public String timestamp(LogicalType.Timestamp type) { return "DateTime"; }
            @Override public String uuid(LogicalType.Uuid type) { throw new IllegalStateException("model() and alembic() spell uuid themselves"); }
            @Override public String json(LogicalType.Json type) { return "JSON"; }
            @Override public String binary(LogicalType.Binary type) { return "LargeBinary"; }
            @Override public String enumRef(LogicalType.EnumRef type) { throw new IllegalStateException("model() and alembic() spell enums themselves"); }
        });
    }

    private static String args(LogicalType t, boolean alembic) {
        if (t instanceof LogicalType.Decimal d) return alembic ? "(precision=" + d.precision() + ", scale=" + d.scale() + ")" : "(" + d.precision() + ", " + d.scale() + ")";
        if (t instanceof LogicalType.Varchar v) return alembic ? "(length=" + v.length() + ")" : "(" + v.length() + ")";
        if (t instanceof LogicalType.Timestamp ts && ts.withTimeZone()) return "(timezone=True)";
        return alembic ? "()" : "";
    }

    /** The Python type of values of this column, for {@code Mapped[...]}. */
    public static String pythonType(LogicalType t, Schema schema, Imports imports) {
        return t.accept(new LogicalType.Visitor<>() {
            @Override public String smallInt(LogicalType.SmallInt type) { return "int"; }
            @Override public String integer(LogicalType.Int type) { return "int"; }
            @Override public String bigInt(LogicalType.BigInt type) { return "int"; }
            @Override public String decimal(LogicalType.Decimal type) { imports.from("decimal", "Decimal"); return "Decimal"; }
            @Override public String doublePrecision(LogicalType.Double type) { return "float"; }
            @Override public String varchar(LogicalType.Varchar type) { return "str"; }
            @Override public String text(LogicalType.Text type) { return "str"; }
            @Override public String bool(LogicalType.Bool type) { return "bool"; }
            @Override public String date(LogicalType.Date type) { imports.from("datetime", "date"); return "date"; }
            @Override public String time(LogicalType.Time type) { imports.from("datetime", "time"); return "time"; }
            @Override public String timestamp(LogicalType.Timestamp type) { imports.from("datetime", "datetime"); return "datetime"; }
            @Override public String uuid(LogicalType.Uuid type) { return "str"; }
            @Override public String json(LogicalType.Json type) { imports.from("typing", "Any"); return "Any"; }
            @Override public String binary(LogicalType.Binary type) { return "bytes"; }
            @Override public String enumRef(LogicalType.EnumRef e) { return PyText.enumClassName(e.enumName()); }
        });
    }

    /** {@code server_default=...} for a model column or an Alembic column; {@code sa} is the module prefix ("" or "sa."). */
    public static String serverDefault(DefaultValue d, String sa, Imports imports) {
        if (d instanceof DefaultValue.Text text) return PyText.str(text.value());
        if (d instanceof DefaultValue.Number n) { if (imports != null) imports.from("sqlalchemy", "text"); return sa + "text(" + PyText.str(n.value()) + ")"; }
        if (d instanceof DefaultValue.Bool b) {
            String fn = b.value() ? "true" : "false";
            if (imports != null) imports.from("sqlalchemy", fn);
            return sa + fn + "()";
        }
        if (d instanceof DefaultValue.CurrentTimestamp) { if (imports != null) imports.from("sqlalchemy", "func"); return sa + "func.now()"; }
        if (imports != null) imports.from("sqlalchemy", "text");
        return sa + "text(" + PyText.sqlText(((DefaultValue.Expression) d).sql()) + ")";
    }

    /** A SQL literal that fills a column during a backfill when nothing better is known ({@link dev.schemadesigner.change.Placeholders}). */
    public static String placeholderSql(LogicalType t, Schema schema) { return dev.schemadesigner.change.Placeholders.sql(t, schema); }

    /** A SQL literal for a default value, for UPDATE statements. */
    public static String literalSql(DefaultValue d) {
        if (d instanceof DefaultValue.Bool b) return b.value() ? "TRUE" : "FALSE";
        return d.describe();
    }

    /** PostgreSQL's name of the type, for {@code USING column::type} casts. */
    public static String postgresCast(LogicalType t) {
        if (t instanceof LogicalType.EnumRef e) return e.enumName();
        if (t instanceof LogicalType.SmallInt) return "smallint";
        if (t instanceof LogicalType.Int) return "integer";
        if (t instanceof LogicalType.BigInt) return "bigint";
        if (t instanceof LogicalType.Decimal d) return "numeric(" + d.precision() + "," + d.scale() + ")";
        if (t instanceof LogicalType.Double) return "double precision";
        if (t instanceof LogicalType.Varchar v) return "varchar(" + v.length() + ")";
        if (t instanceof LogicalType.Timestamp ts) return ts.withTimeZone() ? "timestamptz" : "timestamp";
        if (t instanceof LogicalType.Binary) return "bytea";
        return t.describe();
    }
}
