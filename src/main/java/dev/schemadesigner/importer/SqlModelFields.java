package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A SQLModel field ({@code name: str = Field(index=True)}, {@code team_id: int | None = Field(default=None,
 * foreign_key="team.id")}, or a bare annotation) as the {@code mapped_column(…)} SQLModel builds from it: the
 * annotation gives the type and nullability, {@code foreign_key=} / {@code ondelete=} a {@code ForeignKey},
 * {@code max_length=} a {@code String(n)}, {@code max_digits=} / {@code decimal_places=} a {@code Numeric(p, s)},
 * {@code sa_type=} the type, {@code sa_column_args} / {@code sa_column_kwargs} their items. Pydantic's validation
 * keywords ({@code gt}, {@code regex}, {@code alias}, …) say nothing of the database and are left out.
 */
final class SqlModelFields {
    private static final Set<String> COLUMN_KEYWORDS = Set.of("primary_key", "nullable", "index", "unique", "default", "default_factory");

    private SqlModelFields() {}

    /** The column call SQLModel makes of a field whose value is {@code value} (a {@code Field(…)}, a default, or none). */
    static PyExpr.Call asColumn(Optional<PyExpr> value, int line) {
        List<PyExpr> args = new ArrayList<>();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        Optional<PyExpr.Call> field = value.filter(v -> PyExpr.callee(v).map("Field"::equals).orElse(false)).map(v -> (PyExpr.Call) v);
        if (field.isEmpty()) {
            value.ifPresent(v -> keywords.add(new PyExpr.Keyword("default", v)));
            return call("mapped_column", args, keywords, line);
        }
        PyExpr.Call f = field.get();
        f.arg(0).ifPresent(d -> keywords.add(new PyExpr.Keyword("default", d)));
        for (PyExpr.Keyword k : f.keywords()) {
            if (k.name() != null && COLUMN_KEYWORDS.contains(k.name())) keywords.add(k);
        }
        f.keyword("sa_type").ifPresent(args::add);
        if (f.keyword("sa_type").isEmpty()) {
            f.keyword("max_length").ifPresent(n -> args.add(call("String", List.of(n), List.of(), line)));
            f.keyword("max_digits").ifPresent(p -> args.add(call("Numeric",
                    f.keyword("decimal_places").map(s -> List.of(p, s)).orElse(List.of(p)), List.of(), line)));
        }
        f.keyword("foreign_key").ifPresent(target -> args.add(call("ForeignKey", List.of(target),
                f.keyword("ondelete").map(o -> List.of(new PyExpr.Keyword("ondelete", o))).orElse(List.of()), line)));
        f.keyword("sa_column_args").filter(a -> a instanceof PyExpr.Sequence).ifPresent(a -> args.addAll(((PyExpr.Sequence) a).items()));
        f.keyword("sa_column_kwargs").filter(d -> d instanceof PyExpr.Dict).ifPresent(d -> {
            PyExpr.Dict dict = (PyExpr.Dict) d;
            for (int i = 0; i < dict.keys().size(); i++) {
                if (dict.keys().get(i) instanceof PyExpr.Str key) keywords.add(new PyExpr.Keyword(key.value(), dict.values().get(i)));
            }
        });
        return call("mapped_column", args, keywords, line);
    }

    /** The {@code sa_column=Column(…)} of a field, which replaces everything SQLModel would build. */
    static Optional<PyExpr.Call> saColumn(Optional<PyExpr> value) {
        return value.filter(v -> PyExpr.callee(v).map("Field"::equals).orElse(false))
                .flatMap(v -> ((PyExpr.Call) v).keyword("sa_column"))
                .filter(c -> PyExpr.callee(c).map(n -> n.equals("Column") || n.equals("mapped_column")).orElse(false))
                .map(c -> (PyExpr.Call) c);
    }

    private static PyExpr.Call call(String function, List<PyExpr> args, List<PyExpr.Keyword> keywords, int line) {
        return new PyExpr.Call(new PyExpr.Name(function, line, 1), args, keywords, line, 1);
    }
}
