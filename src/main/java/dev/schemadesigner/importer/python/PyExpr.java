package dev.schemadesigner.importer.python;

import java.util.List;
import java.util.Optional;

/** A Python expression as far as model and migration files need one; anything else is {@link Raw} source text. */
public sealed interface PyExpr {

    int line();

    int column();

    /** A name, including {@code True}, {@code False} and {@code None}. */
    record Name(String id, int line, int column) implements PyExpr {}

    /** {@code value.attr}. */
    record Attribute(PyExpr value, String attr, int line, int column) implements PyExpr {}

    /** A string literal (adjacent literals joined); {@code prefix} is lower case, e.g. {@code f} or {@code rb}. */
    record Str(String value, String prefix, int line, int column) implements PyExpr {}

    record Num(String text, int line, int column) implements PyExpr {}

    /** {@code func(args, name=value)}; {@code *x} and {@code **x} arguments are {@link Starred}. */
    record Call(PyExpr func, List<PyExpr> args, List<Keyword> keywords, int line, int column) implements PyExpr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }

        public Optional<PyExpr> keyword(String name) {
            return keywords.stream().filter(k -> name.equals(k.name())).map(Keyword::value).findFirst();
        }
    }

    /** A keyword argument; {@code name} is null for {@code **mapping}. */
    record Keyword(String name, PyExpr value) {}

    record Starred(PyExpr value, boolean doubleStar, int line, int column) implements PyExpr {}

    /** {@code value[index]}; several indexes are a {@link Tuple}. */
    record Subscript(PyExpr value, PyExpr index, int line, int column) implements PyExpr {}

    /** A tuple, list or set display. */
    record Sequence(Kind kind, List<PyExpr> items, int line, int column) implements PyExpr {
        public enum Kind { TUPLE, LIST, SET }

        public Sequence { items = List.copyOf(items); }
    }

    record Dict(List<PyExpr> keys, List<PyExpr> values, int line, int column) implements PyExpr {
        public Dict {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }

    /** A binary, boolean or comparison operation, e.g. {@code str | None}. */
    record BinOp(String op, PyExpr left, PyExpr right, int line, int column) implements PyExpr {}

    record Unary(String op, PyExpr operand, int line, int column) implements PyExpr {}

    /** Source text of a construct not modelled here (lambda, comprehension, conditional expression, …). */
    record Raw(String text, int line, int column) implements PyExpr {}

    /** {@code a.b.c} for names and attribute chains, empty for anything else. */
    static Optional<String> dotted(PyExpr e) {
        if (e instanceof Name n) return Optional.of(n.id());
        if (e instanceof Attribute a) return dotted(a.value()).map(v -> v + "." + a.attr());
        return Optional.empty();
    }

    /** The last part of a dotted name ({@code sa.Column} → {@code Column}), empty for anything else. */
    static Optional<String> simpleName(PyExpr e) {
        if (e instanceof Name n) return Optional.of(n.id());
        if (e instanceof Attribute a) return Optional.of(a.attr());
        return Optional.empty();
    }

    /** The called function's simple name when {@code e} is a call. */
    static Optional<String> callee(PyExpr e) {
        return e instanceof Call c ? simpleName(c.func()) : Optional.empty();
    }
}
