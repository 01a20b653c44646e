package dev.schemadesigner.importer.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The few Python expressions a migration's {@code op.*} calls are built from; anything else is {@link Other}. */
sealed interface PyExpr {

    int line();

    /** A string literal (adjacent literals joined); {@code formatted} for an f-string, whose text is kept unevaluated. */
    record Str(String value, boolean formatted, int line) implements PyExpr {}

    record Num(String text, int line) implements PyExpr {}

    /** A name or dotted name: {@code sa}, {@code sa.Integer}, {@code True}, {@code None}. */
    record Name(String dotted, int line) implements PyExpr {}

    /** {@code callee(args, key=value)}; {@code callee} is the dotted name of what is called, or the text before the call. */
    record Call(String callee, List<PyExpr> args, Map<String, PyExpr> kwargs, int line) implements PyExpr {
        public Call {
            args = List.copyOf(args);
            kwargs = new LinkedHashMap<>(kwargs);
        }

        Optional<PyExpr> kw(String name) { return Optional.ofNullable(kwargs.get(name)); }

        Optional<PyExpr> arg(int index) { return index < args.size() ? Optional.of(args.get(index)) : Optional.empty(); }

        /** The last segment of the callee: {@code create_table} for {@code op.create_table}. */
        String function() { return callee.substring(callee.lastIndexOf('.') + 1); }
    }

    /** A list, tuple or set display. */
    record Seq(List<PyExpr> items, int line) implements PyExpr {
        public Seq { items = List.copyOf(items); }
    }

    /** Anything else, as its source text (operators, lambdas, subscripts, dicts …). */
    record Other(String text, int line) implements PyExpr {}

    /** A string value, a name's dotted text, or empty. */
    default Optional<String> string() {
        if (this instanceof Str s) return Optional.of(s.value());
        return Optional.empty();
    }

    default boolean isTrue() { return this instanceof Name n && n.dotted().equals("True"); }

    default boolean isNone() { return this instanceof Name n && n.dotted().equals("None"); }
}
