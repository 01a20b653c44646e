package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.NestingTooDeepException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * How deep an expression tree is, measured without recursion. The parser reads operator and
 * attribute chains ({@code 1 + 1 + …}, {@code a.b.c…}) with loops, yet they become trees as deep as
 * they are long, and the importers walk trees recursively ({@link PyExpr#dotted}).
 */
final class ExpressionDepth {
    private ExpressionDepth() {}

    private record Level(PyExpr expr, int depth) {}

    /**
     * Throws {@link NestingTooDeepException} at the first node more than {@link ImportLimits#MAX_NESTING}
     * levels deep. Names, numbers and strings are not levels, so an expression nested in brackets
     * as deep as the tokenizer allows has as many levels as brackets.
     */
    static void require(PyExpr root) {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(root, 1));
        while (!open.isEmpty()) {
            Level level = open.pop();
            List<PyExpr> children = children(level.expr());
            if (children.isEmpty()) continue;
            if (level.depth() > ImportLimits.MAX_NESTING) throw new NestingTooDeepException("Python", "expressions", level.expr().line());
            for (PyExpr child : children) open.push(new Level(child, level.depth() + 1));
        }
    }

    private static List<PyExpr> children(PyExpr e) {
        if (e instanceof PyExpr.Attribute a) return List.of(a.value());
        if (e instanceof PyExpr.Starred s) return List.of(s.value());
        if (e instanceof PyExpr.Subscript s) return List.of(s.value(), s.index());
        if (e instanceof PyExpr.Sequence s) return s.items();
        if (e instanceof PyExpr.BinOp b) return List.of(b.left(), b.right());
        if (e instanceof PyExpr.Unary u) return List.of(u.operand());
        List<PyExpr> all = new ArrayList<>();
        if (e instanceof PyExpr.Call c) {
            all.add(c.func());
            all.addAll(c.args());
            c.keywords().forEach(k -> all.add(k.value()));
        } else if (e instanceof PyExpr.Dict d) {
            all.addAll(d.keys());
            all.addAll(d.values());
        }
        return all;
    }
}
