package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexMethod;
import dev.schemadesigner.schema.IndexKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table-level items of a model: {@code __table_args__} (a tuple, optionally ending with a dict, or
 * a dict) and the items of {@code Table('name', metadata, …)}: {@code Index}, {@code CheckConstraint},
 * {@code UniqueConstraint}, {@code ForeignKeyConstraint}, {@code PrimaryKeyConstraint}; the dict's
 * {@code comment}. Anything else is skipped with a warning naming its line.
 */
final class TableArgsReader {
    private final ModelContext context;

    TableArgsReader(ModelContext context) {
        this.context = context;
    }

    void read(TableDraft table, PyExpr args) {
        List<PyExpr> items = args instanceof PyExpr.Sequence s ? s.items() : List.of(args);
        for (PyExpr item : items) {
            if (item instanceof PyExpr.Dict d) options(table, d);
            else item(table, item);
        }
    }

    /** One table-level item; true when it was understood. */
    boolean item(TableDraft table, PyExpr item) {
        String kind = PyExpr.callee(item).orElse("");
        PyExpr.Call call = item instanceof PyExpr.Call c ? c : null;
        switch (kind) {
            case "Index": index(table, call); return true;
            case "CheckConstraint": {
                Optional<String> sql = call.args().isEmpty() ? Optional.empty()
                        : ModelContext.sqlText(call.args().get(0)).or(() -> columnExpression(call.args().get(0)));
                if (sql.isEmpty()) context.warn(item.line(), "table " + table.name + ": CheckConstraint without SQL text is not read; skipped");
                else table.checks.add(new TableDraft.CheckDraft(ModelContext.string(call.keyword("name")), sql.get(), Optional.empty()));
                return true;
            }
            case "UniqueConstraint": {
                List<String> columns = columns(table, call.args(), item.line());
                if (!columns.isEmpty()) table.uniques.add(new TableDraft.UniqueDraft(ModelContext.string(call.keyword("name")), columns));
                return true;
            }
            case "PrimaryKeyConstraint": {
                List<String> columns = columns(table, call.args(), item.line());
                if (!columns.isEmpty()) table.primaryKey = columns;
                return true;
            }
            case "ForeignKeyConstraint": foreignKey(table, call); return true;
            default:
                context.warn(item.line(), "table " + table.name + ": " + (kind.isEmpty() ? "this table argument" : kind + "(…)")
                        + " is not read; skipped");
                return false;
        }
    }

    private void options(TableDraft table, PyExpr.Dict d) {
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) instanceof PyExpr.Str key && key.value().equals("comment")) {
                table.comment = ModelContext.string(Optional.of(d.values().get(i)));
            }
        }
    }

    private void index(TableDraft table, PyExpr.Call call) {
        if (call.args().isEmpty() || !(call.args().get(0) instanceof PyExpr.Str name)) {
            context.warn(call.line(), "table " + table.name + ": Index without a name is not read; skipped");
            return;
        }
        List<IndexKey> keys = new ArrayList<>();
        for (PyExpr key : call.args().subList(1, call.args().size())) {
            Optional<String> column = ModelContext.columnName(key);
            Optional<String> sql = ModelContext.sqlText(key);
            if (column.isPresent() && table.columns.containsKey(column.get())) keys.add(IndexKey.column(column.get()));
            else if (sql.isPresent() && !(key instanceof PyExpr.Str)) keys.add(IndexKey.expression(sql.get()));
            else {
                context.warn(key.line(), "index " + name.value() + " on " + table.name + ": key " + describe(key)
                        + " is not a column of the table or a text() expression; the index is skipped");
                return;
            }
        }
        if (keys.isEmpty()) {
            context.warn(call.line(), "index " + name.value() + " on " + table.name + " has no columns; skipped");
            return;
        }
        boolean unique = ModelContext.bool(call.keyword("unique")).orElse(false);
        Optional<String> where = call.keyword("postgresql_where").or(() -> call.keyword("sqlite_where")).flatMap(ModelContext::sqlText);
        List<String> include = call.keyword("postgresql_include").map(e -> e instanceof PyExpr.Sequence s ? s.items() : List.of(e))
                .map(items -> items.stream().map(ModelContext::columnName).flatMap(Optional::stream).toList()).orElse(List.of());
        Optional<String> method = ModelContext.string(call.keyword("postgresql_using"));
        if (method.isPresent() && IndexMethod.find(method.get()).isEmpty()) {
            context.warn(call.line(), "index " + name.value() + " on " + table.name + " uses the access method " + method.get()
                    + ", which the model does not hold (" + IndexMethod.known() + "); skipped");
            return;
        }
        table.indexes.add(new Index(name.value(), keys, unique, where, include, method));
    }

    private void foreignKey(TableDraft table, PyExpr.Call call) {
        if (call.args().size() < 2 || !(call.args().get(0) instanceof PyExpr.Sequence cols) || !(call.args().get(1) instanceof PyExpr.Sequence refs)) {
            context.warn(call.line(), "table " + table.name + ": ForeignKeyConstraint needs a list of columns and a list of targets; skipped");
            return;
        }
        List<String> columns = columns(table, cols.items(), call.line());
        List<String> targets = refs.items().stream().map(r -> r instanceof PyExpr.Str s ? Optional.of(s.value()) : PyExpr.dotted(r))
                .flatMap(Optional::stream).toList();
        if (columns.isEmpty() || targets.size() != columns.size() || targets.stream().anyMatch(t -> !t.contains("."))) {
            context.warn(call.line(), "table " + table.name + ": ForeignKeyConstraint targets are not 'table.column'; skipped");
            return;
        }
        String first = targets.get(0);
        String refTable = first.substring(0, first.lastIndexOf('.'));
        refTable = context.resolveTable(refTable).orElse(refTable.contains(".") ? refTable.substring(refTable.lastIndexOf('.') + 1) : refTable);
        List<String> refColumns = targets.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
        table.foreignKeys.add(new TableDraft.ForeignKeyDraft(ModelContext.string(call.keyword("name")), columns, refTable, refColumns,
                action(call, "ondelete"), action(call, "onupdate"), ModelColumnReader.token(call.line(), call.column())));
    }

    private FkAction action(PyExpr.Call call, String keyword) {
        try {
            return ModelContext.string(call.keyword(keyword)).map(FkAction::parse).orElse(FkAction.NO_ACTION);
        } catch (IllegalArgumentException e) {
            context.warn(call.line(), e.getMessage() + "; read as NO ACTION");
            return FkAction.NO_ACTION;
        }
    }

    private List<String> columns(TableDraft table, List<PyExpr> items, int line) {
        List<String> out = new ArrayList<>();
        for (PyExpr item : items) {
            Optional<String> column = ModelContext.columnName(item);
            if (column.isEmpty() || !table.columns.containsKey(column.get())) {
                context.warn(line, "table " + table.name + ": " + describe(item) + " is not a column of the table; the constraint is skipped");
                return List.of();
            }
            out.add(column.get());
        }
        return out;
    }

    private static String describe(PyExpr e) {
        if (e instanceof PyExpr.Str s) return "'" + s.value() + "'";
        if (e instanceof PyExpr.Raw r) return r.text();
        return PyExpr.dotted(e).orElse(PyExpr.callee(e).map(c -> c + "(…)").orElse("an expression"));
    }

    /**
     * A check written as a column expression rather than SQL text, in the forms a literal decides:
     * {@code status.in_(["a", "b"])}, {@code score.between(1, 5)}, {@code price >= 0}.
     */
    private static Optional<String> columnExpression(PyExpr e) {
        if (e instanceof PyExpr.Call c && c.func() instanceof PyExpr.Attribute a) {
            Optional<String> column = ModelContext.columnName(a.value());
            if (column.isEmpty()) return Optional.empty();
            if (a.attr().equals("in_") && c.args().size() == 1 && c.args().get(0) instanceof PyExpr.Sequence list) {
                List<String> values = list.items().stream().map(TableArgsReader::literal).flatMap(Optional::stream).toList();
                if (values.isEmpty() || values.size() != list.items().size()) return Optional.empty();
                return Optional.of(column.get() + " IN (" + String.join(", ", values) + ")");
            }
            if (a.attr().equals("between") && c.args().size() == 2) {
                Optional<String> low = literal(c.args().get(0));
                Optional<String> high = literal(c.args().get(1));
                if (low.isPresent() && high.isPresent()) return Optional.of(column.get() + " BETWEEN " + low.get() + " AND " + high.get());
            }
            return Optional.empty();
        }
        if (e instanceof PyExpr.BinOp b && java.util.Set.of(">=", "<=", ">", "<", "==", "!=").contains(b.op())) {
            Optional<String> column = b.left() instanceof PyExpr.Str ? Optional.empty() : ModelContext.columnName(b.left());
            Optional<String> value = literal(b.right());
            if (column.isPresent() && value.isPresent()) return Optional.of(column.get() + " " + (b.op().equals("==") ? "=" : b.op().equals("!=") ? "<>" : b.op()) + " " + value.get());
        }
        return Optional.empty();
    }

    private static Optional<String> literal(PyExpr e) {
        if (e instanceof PyExpr.Str s) return Optional.of("'" + s.value().replace("'", "''") + "'");
        if (e instanceof PyExpr.Num n) return Optional.of(n.text());
        if (e instanceof PyExpr.Unary u && u.op().equals("-") && u.operand() instanceof PyExpr.Num n) return Optional.of("-" + n.text());
        return Optional.empty();
    }
}
