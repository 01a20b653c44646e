package dev.schemadesigner.importer.migration;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SQLAlchemy expressions of a revision file into the schema model: {@code sa.Column(...)} with its
 * type, nullability, server default and inline {@code sa.ForeignKey}, and the table-level
 * constraints of {@code op.create_table}. Unnamed constraints get the project's names
 * ({@code fk_<table>_<columns>}, {@code uq_…}, {@code ck_<table>_<n>}).
 */
final class AlembicColumns {
    /** A type and the enum type it declares, if it is an {@code sa.Enum(..., name=)}. */
    record ReadType(LogicalType type, Optional<EnumType> declaresEnum) {}

    /** A column and what it adds to its table: primary key, unique, foreign key. */
    record ReadColumn(Column column, boolean primaryKey, boolean unique, Optional<ForeignKey> foreignKey, Optional<EnumType> declaresEnum) {}

    private AlembicColumns() {}

    static ReadType type(PyExpr expr) {
        // X().with_variant(Y, "dialect"): X is the type (a UUID variant of a string is UUID), as in the model importer
        if (expr instanceof PyExpr.Call v && v.func() instanceof PyExpr.Attribute a && a.attr().equals("with_variant") && !v.args().isEmpty()) {
            ReadType base = type(a.value());
            String variant = v.args().get(0) instanceof PyExpr.Call vc ? vc.calleeText() : PyExpr.dotted(v.args().get(0)).orElse("");
            boolean uuid = variant.substring(variant.lastIndexOf('.') + 1).equalsIgnoreCase("UUID");
            return uuid && base.type() instanceof LogicalType.Varchar ? plain(LogicalType.UUID) : base;
        }
        String callee = expr instanceof PyExpr.Call c ? c.calleeText() : PyExpr.dotted(expr).orElse("");
        String name = callee.substring(callee.lastIndexOf('.') + 1);
        PyExpr.Call call = expr instanceof PyExpr.Call c ? c : new PyExpr.Call(expr, List.of(), List.of(), expr.line(), expr.column());
        switch (name) {
            case "Integer": case "INTEGER": return plain(LogicalType.INTEGER);
            case "BigInteger": case "BIGINT": return plain(LogicalType.BIGINT);
            case "SmallInteger": case "SMALLINT": return plain(LogicalType.SMALLINT);
            case "String": case "Unicode": case "VARCHAR": case "CHAR":
                return plain(call.arg(0).or(() -> call.keyword("length")).flatMap(AlembicColumns::number)
                        .map(LogicalType::varchar).orElse(LogicalType.TEXT));
            case "Text": case "UnicodeText": case "TEXT": return plain(LogicalType.TEXT);
            case "Boolean": case "BOOLEAN": return plain(LogicalType.BOOLEAN);
            case "DateTime": case "TIMESTAMP":
                return plain(call.keyword("timezone").map(PyExpr::isTrue).orElse(false) ? LogicalType.TIMESTAMPTZ : LogicalType.TIMESTAMP);
            case "Date": return plain(LogicalType.DATE);
            case "Time": return plain(LogicalType.TIME);
            case "Numeric": case "DECIMAL": case "NUMERIC":
                return plain(LogicalType.decimal(call.arg(0).or(() -> call.keyword("precision")).flatMap(AlembicColumns::number).orElse(12),
                        call.arg(1).or(() -> call.keyword("scale")).flatMap(AlembicColumns::number).orElse(0)));
            case "Float": case "REAL": case "DOUBLE_PRECISION": case "Double": return plain(LogicalType.DOUBLE);
            case "JSON": case "JSONB": return plain(LogicalType.JSON);
            case "LargeBinary": case "BYTEA": return plain(LogicalType.BINARY);
            case "Uuid": case "UUID": return plain(LogicalType.UUID);
            case "Enum": {
                String enumName = call.keyword("name").flatMap(PyExpr::string).orElseThrow(() -> new IllegalArgumentException("sa.Enum without name="));
                List<String> values = new ArrayList<>();
                for (PyExpr a : call.args()) PyExpr.string(a).ifPresent(values::add);
                return new ReadType(LogicalType.enumOf(enumName), values.isEmpty() ? Optional.empty() : Optional.of(new EnumType(enumName, values)));
            }
            default: throw new IllegalArgumentException("unknown column type " + (callee.isEmpty() ? "expression" : callee));
        }
    }

    static ReadColumn column(PyExpr expr, String table) {
        if (!(expr instanceof PyExpr.Call c) || !c.function().equals("Column")) throw new IllegalArgumentException("expected sa.Column(...)");
        String name = c.arg(0).flatMap(PyExpr::string).orElseThrow(() -> new IllegalArgumentException("sa.Column without a name"));
        ReadType type = c.arg(1).map(AlembicColumns::type).orElseGet(() -> c.keyword("type_").map(AlembicColumns::type)
                .orElseThrow(() -> new IllegalArgumentException("column " + name + " has no type")));
        boolean pk = c.keyword("primary_key").map(PyExpr::isTrue).orElse(false);
        boolean nullable = c.keyword("nullable").map(e -> !PyExpr.isFalse(e)).orElse(!pk);
        boolean identity = pk && type.type().isInteger() && c.keyword("autoincrement").map(e -> !PyExpr.isFalse(e)).orElse(true);
        Optional<DefaultValue> def = c.keyword("server_default").filter(e -> !PyExpr.isNone(e)).map(e -> serverDefault(e, type.type()));
        Optional<ForeignKey> fk = Optional.empty();
        for (PyExpr a : c.args().subList(Math.min(2, c.args().size()), c.args().size())) {
            if (a instanceof PyExpr.Call f && f.function().equals("ForeignKey")) {
                String target = f.arg(0).flatMap(PyExpr::string).orElseThrow(() -> new IllegalArgumentException("sa.ForeignKey without a target"));
                String[] parts = target.split("\\.");
                String fkName = f.keyword("name").flatMap(PyExpr::string).orElse("fk_" + table + "_" + name);
                fk = Optional.of(new ForeignKey(fkName, List.of(name), parts[0], List.of(parts.length > 1 ? parts[1] : "id"),
                        action(f.keyword("ondelete")), action(f.keyword("onupdate"))));
            }
        }
        Optional<String> comment = c.keyword("comment").flatMap(PyExpr::string);
        Column column = new Column(name, type.type(), nullable && !pk && !identity, def, identity, comment);
        return new ReadColumn(column, pk, c.keyword("unique").map(PyExpr::isTrue).orElse(false), fk, type.declaresEnum());
    }

    /** {@code op.create_table(name, sa.Column…, sa.PrimaryKeyConstraint…, …)}; enums it declares are added to {@code enums}. */
    static Table table(PyExpr.Call call, List<EnumType> enums) {
        String name = call.arg(0).flatMap(PyExpr::string).orElseThrow(() -> new IllegalArgumentException("create_table without a name"));
        List<Column> columns = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<Unique> uniques = new ArrayList<>();
        for (PyExpr a : call.args().subList(1, call.args().size())) {
            if (!(a instanceof PyExpr.Call c)) throw new IllegalArgumentException("unexpected argument of create_table " + name);
            switch (c.function()) {
                case "Column": {
                    ReadColumn rc = column(c, name);
                    columns.add(rc.column());
                    if (rc.primaryKey()) pk.add(rc.column().name());
                    if (rc.unique()) uniques.add(Unique.of("uq_" + name + "_" + rc.column().name(), rc.column().name()));
                    rc.foreignKey().ifPresent(fks::add);
                    rc.declaresEnum().ifPresent(enums::add);
                    break;
                }
                case "PrimaryKeyConstraint": pk.clear(); pk.addAll(strings(c.args())); break;
                case "UniqueConstraint": {
                    List<String> cols = strings(c.args());
                    uniques.add(new Unique(c.keyword("name").flatMap(PyExpr::string).orElse("uq_" + name + "_" + String.join("_", cols)), cols));
                    break;
                }
                case "CheckConstraint":
                    checks.add(new Check(c.keyword("name").flatMap(PyExpr::string).orElse("ck_" + name + "_" + (checks.size() + 1)),
                            c.arg(0).flatMap(AlembicColumns::sqlText).orElseThrow(() -> new IllegalArgumentException("CheckConstraint without SQL"))));
                    break;
                case "ForeignKeyConstraint": {
                    List<String> cols = c.arg(0).map(AlembicColumns::stringList).orElse(List.of());
                    List<String> targets = c.arg(1).map(AlembicColumns::stringList).orElse(List.of());
                    if (targets.isEmpty()) throw new IllegalArgumentException("ForeignKeyConstraint without targets");
                    String target = targets.get(0).split("\\.")[0];
                    List<String> targetCols = targets.stream().map(t -> t.substring(t.indexOf('.') + 1)).toList();
                    fks.add(new ForeignKey(c.keyword("name").flatMap(PyExpr::string).orElse("fk_" + name + "_" + String.join("_", cols)),
                            cols, target, targetCols, action(c.keyword("ondelete")), action(c.keyword("onupdate"))));
                    break;
                }
                default: throw new IllegalArgumentException("unknown create_table element " + c.calleeText());
            }
        }
        return new Table(name, columns, pk.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(pk)), fks, List.of(), checks,
                uniques, List.of(), call.keyword("comment").flatMap(PyExpr::string));
    }

    /** {@code server_default=}: {@code sa.text('now()')}, {@code sa.func.now()}, or a literal string. */
    static DefaultValue serverDefault(PyExpr e, LogicalType type) {
        if (e instanceof PyExpr.Call c && c.calleeText().endsWith("func.now")) return DefaultValue.now();
        if (e instanceof PyExpr.Call c && c.function().equals("text")) {
            String sql = sqlText(c).orElse("").trim();
            String upper = sql.toUpperCase(Locale.ROOT);
            if (upper.equals("NOW()") || upper.equals("CURRENT_TIMESTAMP")) return DefaultValue.now();
            if (upper.equals("TRUE") || upper.equals("FALSE")) return DefaultValue.bool(upper.equals("TRUE"));
            if (sql.matches("-?\\d+(\\.\\d+)?")) return DefaultValue.number(sql);
            if (sql.matches("'.*'")) return DefaultValue.text(sql.substring(1, sql.length() - 1).replace("''", "'"));
            return DefaultValue.expression(sql);
        }
        String value = PyExpr.string(e).orElseThrow(() -> new IllegalArgumentException("server_default is not a string or sa.text()"));
        if (type instanceof LogicalType.Bool && value.matches("(?i)true|false|1|0")) return DefaultValue.bool(value.matches("(?i)true|1"));
        if ((type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) && value.matches("-?\\d+(\\.\\d+)?")) {
            return DefaultValue.number(value);
        }
        return DefaultValue.text(value);
    }

    /** The SQL of {@code sa.text('…')} or of a plain string, refused when it nests too deep to read. */
    static Optional<String> sqlText(PyExpr e) {
        PyExpr text = e instanceof PyExpr.Call c && c.function().equals("text") ? c.arg(0).orElse(e) : e;
        return PyExpr.string(text).map(sql -> ImportLimits.requireSqlNesting(sql, text.line()));
    }

    static List<String> stringList(PyExpr e) {
        if (isListOrTuple(e)) return strings(((PyExpr.Sequence) e).items());
        return PyExpr.string(e).map(List::of).orElse(List.of());
    }

    /** A list or tuple display (a set is not a column list). */
    static boolean isListOrTuple(PyExpr e) { return e instanceof PyExpr.Sequence s && s.kind() != PyExpr.Sequence.Kind.SET; }

    private static List<String> strings(List<PyExpr> items) {
        List<String> out = new ArrayList<>();
        for (PyExpr i : items) PyExpr.string(i).ifPresent(out::add);
        return out;
    }

    private static FkAction action(Optional<PyExpr> e) {
        return e.flatMap(PyExpr::string).map(FkAction::parse).orElse(FkAction.NO_ACTION);
    }

    private static Optional<Integer> number(PyExpr e) {
        return e instanceof PyExpr.Num n && n.text().matches("\\d{1,9}") ? Optional.of(Integer.parseInt(n.text())) : Optional.empty();
    }

    private static ReadType plain(LogicalType t) { return new ReadType(t, Optional.empty()); }
}
