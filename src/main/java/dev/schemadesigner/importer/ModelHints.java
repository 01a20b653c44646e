package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code Mapped[...]} annotation: whether it is optional ({@code Optional[X]},
 * {@code Union[X, None]}, {@code X | None}), a collection ({@code List["Child"]}), the class it
 * names, the column type it implies, and the {@code mapped_column(...)} of an {@code Annotated}
 * alias ({@code intpk = Annotated[int, mapped_column(primary_key=True)]}).
 */
final class ModelHints {
    private static final Set<String> COLLECTIONS = Set.of("List", "list", "Set", "set", "Sequence", "Collection", "WriteOnlyMapped",
            "DynamicMapped", "FrozenSet", "frozenset", "Iterable");

    record Hint(boolean present, Optional<LogicalType> type, boolean optional, boolean collection, Optional<String> targetClass,
                Optional<PyExpr.Call> aliasColumn) {
        static final Hint NONE = new Hint(false, Optional.empty(), false, false, Optional.empty(), Optional.empty());

        Optional<PyExpr> keyword(String name) { return aliasColumn.flatMap(c -> c.keyword(name)); }
    }

    private final ModelContext context;
    private final SqlAlchemyTypes types;

    ModelHints(ModelContext context, SqlAlchemyTypes types) {
        this.context = context;
        this.types = types;
    }

    Hint read(PyExpr annotation, String table, String column) {
        PyExpr inner = annotation;
        boolean mapped = false;
        if (annotation instanceof PyExpr.Subscript s && PyExpr.simpleName(s.value()).map(n -> n.equals("Mapped") || n.equals("WriteOnlyMapped")
                || n.equals("DynamicMapped")).orElse(false)) {
            inner = s.index();
            mapped = true;
            if (!PyExpr.simpleName(s.value()).orElse("").equals("Mapped")) return collection(inner, table, column);
        }
        if (!mapped) return Hint.NONE;
        return typeHint(inner, table, column, false);
    }

    /**
     * A SQLModel field's annotation, which is the Python type itself ({@code int | None}, {@code list["Hero"]});
     * {@code typed} when the field gives the column type itself ({@code sa_type=}, {@code max_digits=}), so the
     * annotation only says whether it is nullable.
     */
    Hint field(PyExpr annotation, String table, String column, boolean typed) {
        return typeHint(annotation, table, column, typed);
    }

    private Hint typeHint(PyExpr inner, String table, String column, boolean typed) {
        inner = named(inner);
        boolean optional = false;
        Optional<PyExpr> unwrapped = withoutNone(inner);
        if (unwrapped.isPresent()) {
            inner = named(unwrapped.get());
            optional = true;
        }
        if (inner instanceof PyExpr.Subscript sub && PyExpr.simpleName(sub.value()).map(COLLECTIONS::contains).orElse(false)) {
            Hint c = collection(sub.index(), table, column);
            if (c.targetClass().isPresent()) return c;
        }
        Optional<PyExpr.Call> aliasColumn = Optional.empty();
        Optional<String> name = PyExpr.simpleName(inner);
        if (name.isPresent() && context.annotatedAliases.containsKey(name.get())) {
            PyExpr.Subscript alias = context.annotatedAliases.get(name.get());
            List<PyExpr> parts = alias.index() instanceof PyExpr.Sequence seq ? seq.items() : List.of(alias.index());
            inner = parts.get(0);
            aliasColumn = parts.stream().filter(p -> PyExpr.callee(p).map("mapped_column"::equals).orElse(false))
                    .map(p -> (PyExpr.Call) p).findFirst();
            Optional<PyExpr> again = withoutNone(inner);
            if (again.isPresent()) {
                inner = again.get();
                optional = true;
            }
        }
        Optional<String> target = PyExpr.simpleName(inner).filter(n -> context.classNamed(n).isPresent() && !context.pythonEnums.containsKey(n));
        Optional<LogicalType> type = target.isPresent() || typed ? Optional.empty() : types.hint(inner, table, column);
        if (aliasColumn.isPresent()) {
            Optional<PyExpr> typeArg = aliasColumn.get().args().stream().filter(SqlAlchemyTypes::isTypeArgument).findFirst();
            if (typeArg.isPresent()) type = Optional.of(types.type(typeArg.get(), table, column));
        }
        return new Hint(true, type, optional, false, target, aliasColumn);
    }

    /** A forward reference written as a string ({@code "Team"}) read as the name it holds. */
    private static PyExpr named(PyExpr e) {
        return e instanceof PyExpr.Str str && str.value().matches("[A-Za-z_][\\w.]*") ? new PyExpr.Name(str.value(), str.line(), str.column()) : e;
    }

    private Hint collection(PyExpr item, String table, String column) {
        if (item instanceof PyExpr.Subscript sub && PyExpr.simpleName(sub.value()).map(COLLECTIONS::contains).orElse(false)) item = sub.index();
        Optional<String> target = item instanceof PyExpr.Str s ? Optional.of(s.value().replaceAll(".*\\.", "")) : PyExpr.simpleName(item);
        return new Hint(true, Optional.empty(), false, true, target.filter(n -> context.classNamed(n).isPresent()), Optional.empty());
    }

    /** {@code Optional[X]}, {@code Union[X, None]}, {@code X | None} or {@code None | X} → X; empty when not optional. */
    private static Optional<PyExpr> withoutNone(PyExpr e) {
        if (e instanceof PyExpr.Subscript s && PyExpr.simpleName(s.value()).map("Optional"::equals).orElse(false)) return Optional.of(s.index());
        if (e instanceof PyExpr.Subscript s && PyExpr.simpleName(s.value()).map("Union"::equals).orElse(false)
                && s.index() instanceof PyExpr.Sequence seq) {
            List<PyExpr> rest = seq.items().stream().filter(i -> !isNone(i)).toList();
            if (rest.size() == 1 && rest.size() < seq.items().size()) return Optional.of(rest.get(0));
        }
        if (e instanceof PyExpr.BinOp b && b.op().equals("|")) {
            if (isNone(b.right())) return Optional.of(b.left());
            if (isNone(b.left())) return Optional.of(b.right());
        }
        return Optional.empty();
    }

    private static boolean isNone(PyExpr e) {
        return e instanceof PyExpr.Name n && n.id().equals("None") || e instanceof PyExpr.Str s && s.value().equals("None");
    }
}
