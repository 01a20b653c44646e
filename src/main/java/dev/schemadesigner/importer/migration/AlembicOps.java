package dev.schemadesigner.importer.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.importer.NestingTooDeepException;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One Alembic {@code op.*} (or {@code batch_op.*}) call into steps. A {@code batch_op} call is
 * first rewritten to the {@code op} form by putting the batch table where {@code op} takes it.
 * A call that cannot be read is skipped with a warning naming it.
 */
final class AlembicOps {
    private static final Set<String> TABLE_FIRST = Set.of("add_column", "drop_column", "alter_column");
    private static final Set<String> TABLE_SECOND = Set.of("create_index", "create_foreign_key", "drop_constraint",
            "create_check_constraint", "create_unique_constraint");

    private AlembicOps() {}

    static void apply(PyExpr.Call call, Optional<String> batchTable, ScriptBuilder out) {
        PyExpr.Call c = batchTable.map(t -> opForm(call, t)).orElse(call);
        String f = c.function();
        try {
            switch (f) {
                case "create_table": createTable(c, out); break;
                case "drop_table": out.add(new DropTable(str(c, 0, "table_name")), c.line()); break;
                case "rename_table": out.add(new RenameTable(str(c, 0, "old_table_name"), str(c, 1, "new_table_name")), c.line()); break;
                case "add_column": addColumn(c, out); break;
                case "drop_column": out.add(new DropColumn(str(c, 0, "table_name"), str(c, 1, "column_name")), c.line()); break;
                case "alter_column": alterColumn(c, out); break;
                case "create_index": createIndex(c, out); break;
                case "drop_index": dropIndex(c, out); break;
                case "create_foreign_key": createForeignKey(c, out); break;
                case "drop_constraint": dropConstraint(c, out); break;
                case "create_check_constraint":
                    out.add(new AddCheck(str(c, 1, "table_name"), new Check(str(c, 0, "constraint_name"),
                            c.arg(2).or(() -> c.keyword("condition")).flatMap(AlembicColumns::sqlText).orElseThrow(() -> missing("condition"))),
                            flag(c, "postgresql_not_valid")), c.line());
                    break;
                case "create_unique_constraint":
                    out.add(new AddUnique(str(c, 1, "table_name"), new Unique(str(c, 0, "constraint_name"),
                            c.arg(2).or(() -> c.keyword("columns")).map(AlembicColumns::stringList).orElseThrow(() -> missing("columns")))), c.line());
                    break;
                case "execute": execute(c, out); break;
                default: out.warn(c.line(), c.calleeText(), "op." + f + "(…) is not read by the migration importer; skipped");
            }
        } catch (NestingTooDeepException e) {
            throw e; // refuses the whole file, not one call
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.warn(c.line(), c.calleeText(), c.calleeText() + "(…) could not be read (" + e.getMessage() + "); skipped");
        }
    }

    /** {@code op.execute(sql)}, {@code op.execute(sa.text(sql))}, {@code connection.execute(...)}: the SQL is read statement by statement. */
    static void execute(PyExpr.Call c, ScriptBuilder out) {
        PyExpr arg = c.arg(0).or(() -> c.keyword("sqltext")).orElseThrow(() -> missing("SQL"));
        Optional<String> sql = AlembicColumns.sqlText(arg);
        if (sql.isEmpty()) {
            out.warn(c.line(), c.calleeText(), c.calleeText() + "(…) runs SQL built at run time, which is not read; skipped");
            return;
        }
        if (arg instanceof PyExpr.Str s && s.formatted() || arg instanceof PyExpr.Call t && t.arg(0).filter(a -> a instanceof PyExpr.Str s2 && s2.formatted()).isPresent()) {
            out.warn(c.line(), c.calleeText(), "an f-string is read as written, its {…} parts unevaluated");
        }
        SqlMigrationImporter.readStatements(sql.get(), c.line(), out);
    }

    private static void createTable(PyExpr.Call c, ScriptBuilder out) {
        List<EnumType> enums = new ArrayList<>();
        Table table = AlembicColumns.table(c, enums);
        for (EnumType e : enums) if (out.schema().enumType(e.name()).isEmpty()) out.add(new CreateEnum(e), c.line());
        out.add(new CreateTable(table), c.line());
    }

    private static void addColumn(PyExpr.Call c, ScriptBuilder out) {
        String table = str(c, 0, "table_name");
        AlembicColumns.ReadColumn rc = AlembicColumns.column(c.arg(1).or(() -> c.keyword("column")).orElseThrow(() -> missing("column")), table);
        rc.declaresEnum().filter(e -> out.schema().enumType(e.name()).isEmpty()).ifPresent(e -> out.add(new CreateEnum(e), c.line()));
        out.add(new AddColumn(table, rc.column()), c.line());
        rc.foreignKey().ifPresent(fk -> out.add(new AddForeignKey(table, fk), c.line()));
    }

    private static void alterColumn(PyExpr.Call c, ScriptBuilder out) {
        String table = str(c, 0, "table_name");
        String name = str(c, 1, "column_name");
        Optional<Column> current = out.schema().table(table).flatMap(t -> t.column(name));
        Optional<PyExpr> typeArg = c.keyword("type_");
        boolean changes = typeArg.isPresent() || c.keyword("nullable").isPresent() || c.keyword("server_default").isPresent();
        if (changes) {
            LogicalType type = typeArg.or(() -> c.keyword("existing_type")).map(t -> AlembicColumns.type(t).type())
                    .orElseGet(() -> current.map(Column::type).orElse(LogicalType.TEXT));
            boolean nullable = c.keyword("nullable").map(e -> !PyExpr.isFalse(e))
                    .orElseGet(() -> current.map(Column::nullable).orElse(c.keyword("existing_nullable").map(e -> !PyExpr.isFalse(e)).orElse(true)));
            Optional<DefaultValue> def = c.keyword("server_default").isPresent()
                    ? c.keyword("server_default").filter(e -> !PyExpr.isNone(e) && !PyExpr.isFalse(e)).map(e -> AlembicColumns.serverDefault(e, type))
                    : current.flatMap(Column::defaultValue);
            if (current.isEmpty()) out.warn(c.line(), c.calleeText(), "column " + table + "." + name + " is not in the schema before this step; its other attributes are assumed");
            out.add(new AlterColumn(table, name, type, nullable, def), c.line());
        }
        Optional<String> rename = c.keyword("new_column_name").flatMap(PyExpr::string);
        rename.ifPresent(to -> out.add(new RenameColumn(table, name, to), c.line()));
        if (!changes && rename.isEmpty()) out.warn(c.line(), c.calleeText(), "alter_column of " + table + "." + name + " changes nothing the model holds; skipped");
    }

    private static void createIndex(PyExpr.Call c, ScriptBuilder out) {
        String name = str(c, 0, "index_name");
        String table = str(c, 1, "table_name");
        PyExpr cols = c.arg(2).or(() -> c.keyword("columns")).orElseThrow(() -> missing("columns"));
        List<IndexKey> keys = new ArrayList<>();
        for (PyExpr e : AlembicColumns.isListOrTuple(cols) ? ((PyExpr.Sequence) cols).items() : List.of(cols)) {
            if (e instanceof PyExpr.Str s) keys.add(IndexKey.column(s.value()));
            else keys.add(IndexKey.expression(AlembicColumns.sqlText(e).orElseThrow(() -> new IllegalArgumentException("an index key that is not a name or sa.text()"))));
        }
        Index index = new Index(name, keys, flag(c, "unique"), c.keyword("postgresql_where").flatMap(AlembicColumns::sqlText),
                c.keyword("postgresql_include").map(AlembicColumns::stringList).orElse(List.of()),
                c.keyword("postgresql_using").flatMap(PyExpr::string));
        out.add(new CreateIndex(table, index, flag(c, "postgresql_concurrently")), c.line());
    }

    private static void dropIndex(PyExpr.Call c, ScriptBuilder out) {
        String name = str(c, 0, "index_name");
        Optional<String> table = c.arg(1).or(() -> c.keyword("table_name")).flatMap(PyExpr::string)
                .or(() -> out.schema().tables().stream().filter(t -> t.index(name).isPresent()).map(Table::name).findFirst());
        out.add(new DropIndex(table.orElseThrow(() -> new IllegalArgumentException("the table of index " + name + " is not known")), name,
                flag(c, "postgresql_concurrently")), c.line());
    }

    private static void createForeignKey(PyExpr.Call c, ScriptBuilder out) {
        String table = str(c, 1, "source_table");
        ForeignKey fk = new ForeignKey(str(c, 0, "constraint_name"), list(c, 3, "local_cols"), str(c, 2, "referent_table"),
                list(c, 4, "remote_cols"), action(c.keyword("ondelete")), action(c.keyword("onupdate")));
        out.add(new AddForeignKey(table, fk, flag(c, "postgresql_not_valid")), c.line());
    }

    private static void dropConstraint(PyExpr.Call c, ScriptBuilder out) {
        String name = str(c, 0, "constraint_name");
        String table = str(c, 1, "table_name");
        Optional<String> type = c.keyword("type_").flatMap(PyExpr::string);
        boolean foreignKey = type.map("foreignkey"::equals)
                .orElseGet(() -> out.schema().table(table).flatMap(t -> t.foreignKey(name)).isPresent());
        out.add(foreignKey ? new DropForeignKey(table, name) : new DropConstraint(table, name), c.line());
    }

    /** {@code batch_op.f(args)} as {@code op.f(...)} with the batch table in its place. */
    private static PyExpr.Call opForm(PyExpr.Call call, String table) {
        List<PyExpr> args = new ArrayList<>(call.args());
        List<PyExpr.Keyword> keywords = new ArrayList<>(call.keywords());
        PyExpr t = new PyExpr.Str(table, "", call.line(), call.column());
        String f = call.function();
        if (TABLE_FIRST.contains(f)) args.add(0, t);
        else if (TABLE_SECOND.contains(f)) args.add(Math.min(1, args.size()), t);
        else if (f.equals("drop_index") && call.keyword("table_name").isEmpty()) keywords.add(new PyExpr.Keyword("table_name", t));
        PyExpr op = new PyExpr.Attribute(new PyExpr.Name("op", call.line(), call.column()), f, call.line(), call.column());
        return new PyExpr.Call(op, args, keywords, call.line(), call.column());
    }

    private static String str(PyExpr.Call c, int position, String keyword) {
        return c.arg(position).or(() -> c.keyword(keyword)).flatMap(PyExpr::string).orElseThrow(() -> missing(keyword));
    }

    private static List<String> list(PyExpr.Call c, int position, String keyword) {
        return c.arg(position).or(() -> c.keyword(keyword)).map(AlembicColumns::stringList).orElseThrow(() -> missing(keyword));
    }

    private static boolean flag(PyExpr.Call c, String keyword) { return c.keyword(keyword).map(PyExpr::isTrue).orElse(false); }

    private static FkAction action(Optional<PyExpr> e) { return e.flatMap(PyExpr::string).map(FkAction::parse).orElse(FkAction.NO_ACTION); }

    private static IllegalArgumentException missing(String what) { return new IllegalArgumentException("no " + what + " given"); }
}
