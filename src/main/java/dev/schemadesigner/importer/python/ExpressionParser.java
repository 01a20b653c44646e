package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.NestingTooDeepException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent reader of one statement's expression tokens, with Python's operator
 * precedence and the whole of Python 3's expression grammar (lambdas with their parameters,
 * conditional and assignment expressions, slices, {@code yield}, starred items). Lambdas, conditional
 * expressions, comprehensions, slices and {@code yield} become {@link PyExpr.Raw} source text;
 * comprehensions after their first item are skimmed to their closing bracket. A token that cannot
 * start or continue an expression is an {@link Unreadable}, which the statement reader reports as
 * a syntax error at that token.
 * Every construct read by recursion counts one level; past {@link ImportLimits#MAX_NESTING} levels,
 * or when a whole expression tree is deeper than that (long operator
 * or attribute chains, read by loops, still make deep trees the importers walk recursively), reading
 * stops with a {@link NestingTooDeepException}.
 */
final class ExpressionParser {
    private static final Set<String> COMPARISON = Set.of("<", ">", "==", ">=", "<=", "!=");
    private static final Set<String> CLOSERS = Set.of(")", "]", "}");
    /** Python 3 keywords, which are never names; {@code None}, {@code True} and {@code False} are atoms. */
    private static final Set<String> RESERVED = Set.of("and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
            "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** The statement cannot be read; {@code at} is where reading stopped. */
    static final class Unreadable extends RuntimeException {
        final transient PyToken at;

        Unreadable(PyToken at, String message) {
            super(message);
            this.at = at;
        }
    }

    private final String source;
    private final List<PyToken> tokens;
    private int index;
    /** Levels of recursion now open; see {@link #enter}. */
    private int nesting;

    /** {@code tokens} must end with a NEWLINE or END token. */
    ExpressionParser(String source, List<PyToken> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    PyToken peek() { return tokens.get(index); }

    /** How many tokens have been read. */
    int position() { return index; }

    PyToken peek(int ahead) { return tokens.get(Math.min(index + ahead, tokens.size() - 1)); }

    PyToken next() {
        PyToken t = tokens.get(index);
        if (index < tokens.size() - 1) index++;
        return t;
    }

    boolean atEnd() { return peek().kind() == PyToken.Kind.NEWLINE || peek().kind() == PyToken.Kind.END; }

    boolean acceptOp(String op) {
        if (!peek().isOp(op)) return false;
        index++;
        return true;
    }

    boolean acceptName(String name) {
        if (!peek().isName(name)) return false;
        index++;
        return true;
    }

    void expectOp(String op) {
        if (!acceptOp(op)) throw unreadable("expected '" + op + "' but found " + peek().describe());
    }

    Unreadable unreadable(String message) { return new Unreadable(peek(), message); }

    /** Comma-separated expressions; two or more (or a trailing comma) make a tuple. */
    PyExpr expressionList() {
        PyToken first = peek();
        PyExpr e = test();
        if (!peek().isOp(",")) return e;
        List<PyExpr> items = new ArrayList<>(List.of(e));
        while (acceptOp(",")) {
            if (atEnd() || peek().isOp("=") || peek().isOp(":") || CLOSERS.contains(peek().text())) break;
            items.add(test());
        }
        return new PyExpr.Sequence(PyExpr.Sequence.Kind.TUPLE, items, first.line(), first.column());
    }

    /** One expression: lambda, conditional, or an operator expression. */
    PyExpr test() {
        boolean outermost = nesting == 0;
        PyExpr e = lambdaOrConditional();
        if (outermost) ExpressionDepth.require(e);
        return e;
    }

    private PyExpr lambdaOrConditional() {
        PyToken first = peek();
        if (acceptName("lambda")) {
            parameters(":", false);
            enter(first, "expressions");
            leave(test());
            return raw(first);
        }
        PyExpr e = orTest();
        if (peek().isName("if") && !atEnd()) {
            next();
            orTest();
            if (!acceptName("else")) throw unreadable("expected 'else' in a conditional expression");
            enter(first, "expressions");
            leave(test());
            return raw(first);
        }
        if (peek().isOp(":=")) {
            next();
            enter(first, "expressions");
            leave(test());
            return raw(first);
        }
        return e;
    }

    /**
     * A parameter list up to {@code close} (consumed): {@code /}, {@code *}, {@code *args}, {@code **kwargs} and
     * {@code name=default}, each name with an annotation when {@code annotated} (a {@code def}, not a lambda).
     */
    void parameters(String close, boolean annotated) {
        while (!acceptOp(close)) {
            if (acceptOp("/")) {
                // positional-only marker
            } else if (acceptOp("**")) {
                parameterName(annotated, false);
            } else if (acceptOp("*")) {
                if (peek().kind() == PyToken.Kind.NAME) parameterName(annotated, true);
            } else {
                parameterName(annotated, false);
                if (acceptOp("=")) test();
            }
            if (!peek().isOp(close)) expectOp(",");
        }
    }

    private void parameterName(boolean annotated, boolean starred) {
        PyToken name = peek();
        if (name.kind() != PyToken.Kind.NAME || RESERVED.contains(name.text())) throw unreadable("expected a parameter name but found " + name.describe());
        next();
        if (annotated && acceptOp(":")) {
            if (starred && peek().isOp("*")) next();
            test();
        }
    }

    /** {@code yield}, {@code yield x, y} or {@code yield from x}, from the {@code yield} on; or else an expression list. */
    PyExpr yieldOrList() {
        PyToken first = peek();
        if (!acceptName("yield")) return expressionList();
        if (acceptName("from")) test();
        else if (!atEnd() && !CLOSERS.contains(peek().text()) && !peek().isOp("=")) expressionList();
        return raw(first);
    }

    /** The targets of a {@code for}: starred or plain operands separated by commas, up to {@code in}. */
    void forTargets() {
        do {
            if (peek().isName("in")) break;
            acceptOp("*");
            binary(0);
        } while (acceptOp(","));
        if (!acceptName("in")) throw unreadable("expected 'in' but found " + peek().describe());
    }

    /**
     * Opens one level of a construct read by recursion; refuses it past {@link ImportLimits#MAX_NESTING}
     * levels, before the stack runs out. No try/finally around the level: a parser is not used
     * again after it throws.
     */
    private void enter(PyToken at, String what) {
        if (++nesting > ImportLimits.MAX_NESTING) throw new NestingTooDeepException("Python", what, at.line());
    }

    /** Closes the level {@link #enter} opened; returns what was read inside it. */
    private PyExpr leave(PyExpr read) {
        nesting--;
        return read;
    }

    private PyExpr orTest() {
        PyExpr left = andTest();
        while (peek().isName("or")) {
            PyToken op = next();
            left = new PyExpr.BinOp("or", left, andTest(), op.line(), op.column());
        }
        return left;
    }

    private PyExpr andTest() {
        PyExpr left = notTest();
        while (peek().isName("and")) {
            PyToken op = next();
            left = new PyExpr.BinOp("and", left, notTest(), op.line(), op.column());
        }
        return left;
    }

    private PyExpr notTest() {
        if (peek().isName("not")) {
            PyToken op = next();
            enter(op, "expressions");
            return new PyExpr.Unary("not", leave(notTest()), op.line(), op.column());
        }
        return comparison();
    }

    private PyExpr comparison() {
        PyExpr left = binary(0);
        while (true) {
            PyToken t = peek();
            String op;
            if (t.kind() == PyToken.Kind.OP && COMPARISON.contains(t.text())) op = t.text();
            else if (t.isName("in")) op = "in";
            else if (t.isName("not") && peek(1).isName("in")) op = "not in";
            else if (t.isName("is")) op = peek(1).isName("not") ? "is not" : "is";
            else return left;
            index += op.contains(" ") ? 2 : 1;
            left = new PyExpr.BinOp(op, left, binary(0), t.line(), t.column());
        }
    }

    private static final List<Set<String>> LEVELS = List.of(Set.of("|"), Set.of("^"), Set.of("&"), Set.of("<<", ">>"),
            Set.of("+", "-"), Set.of("*", "/", "//", "%", "@"));

    /**
     * Operators of precedence {@code level} and above, by precedence climbing: one frame per operand
     * rather than one per precedence level, so that nested brackets cost little stack.
     */
    private PyExpr binary(int level) {
        PyExpr left = factor();
        while (true) {
            int precedence = precedence(peek());
            if (precedence < level) return left;
            PyToken op = next();
            left = new PyExpr.BinOp(op.text(), left, binary(precedence + 1), op.line(), op.column());
        }
    }

    /** The binary operator's index in {@link #LEVELS}, -1 for anything else. */
    private static int precedence(PyToken t) {
        if (t.kind() != PyToken.Kind.OP) return -1;
        for (int i = 0; i < LEVELS.size(); i++) if (LEVELS.get(i).contains(t.text())) return i;
        return -1;
    }

    private PyExpr factor() {
        PyToken t = peek();
        if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
            next();
            enter(t, "expressions");
            PyExpr operand = leave(factor());
            if (t.isOp("-") && operand instanceof PyExpr.Num n) return new PyExpr.Num("-" + n.text(), t.line(), t.column());
            return new PyExpr.Unary(t.text(), operand, t.line(), t.column());
        }
        acceptName("await");
        PyExpr base = trailers(atom());
        if (peek().isOp("**")) {
            PyToken op = next();
            enter(op, "expressions");
            return new PyExpr.BinOp("**", base, leave(factor()), op.line(), op.column());
        }
        return base;
    }

    private PyExpr trailers(PyExpr e) {
        while (true) {
            PyToken t = peek();
            if (acceptOp(".")) {
                if (peek().kind() != PyToken.Kind.NAME) throw unreadable("expected a name after '.'");
                e = new PyExpr.Attribute(e, next().text(), t.line(), t.column());
            } else if (acceptOp("(")) {
                enter(t, "parentheses");
                e = leave(call(e, t));
            } else if (acceptOp("[")) {
                enter(t, "brackets");
                e = leave(subscript(e, t));
            } else {
                return e;
            }
        }
    }

    private PyExpr call(PyExpr func, PyToken open) {
        List<PyExpr> args = new ArrayList<>();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        while (!acceptOp(")")) {
            PyToken t = peek();
            if (acceptOp("**")) {
                keywords.add(new PyExpr.Keyword(null, test()));
            } else if (acceptOp("*")) {
                args.add(new PyExpr.Starred(test(), false, t.line(), t.column()));
            } else if (t.kind() == PyToken.Kind.NAME && peek(1).isOp("=")) {
                index += 2;
                keywords.add(new PyExpr.Keyword(t.text(), test()));
            } else {
                PyExpr arg = test();
                if (peek().isName("for") || peek().isName("async")) arg = skipComprehension(t, false);
                args.add(arg);
            }
            if (!peek().isOp(")")) expectOp(",");
        }
        return new PyExpr.Call(func, args, keywords, func.line(), func.column());
    }

    private PyExpr subscript(PyExpr value, PyToken open) {
        PyToken first = peek();
        List<PyExpr> items = new ArrayList<>();
        boolean slice = false;
        if (peek().isOp("]")) throw unreadable("expected an index but found " + peek().describe());
        while (!acceptOp("]")) {
            boolean part = false;
            if (!peek().isOp(":")) {
                items.add(test());
                part = true;
            }
            if (acceptOp(":")) {
                slice = true;
                if (!peek().isOp(":") && !peek().isOp(",") && !peek().isOp("]")) test();
                if (acceptOp(":") && !peek().isOp(",") && !peek().isOp("]")) test();
            } else if (!part) {
                throw unreadable("unexpected " + peek().describe());
            }
            if (!peek().isOp("]")) expectOp(",");
        }
        if (slice || items.isEmpty()) return new PyExpr.Subscript(value, raw(first), open.line(), open.column());
        PyExpr index = items.size() == 1 ? items.get(0) : new PyExpr.Sequence(PyExpr.Sequence.Kind.TUPLE, items, first.line(), first.column());
        return new PyExpr.Subscript(value, index, value.line(), value.column());
    }

    private PyExpr atom() {
        PyToken t = next();
        switch (t.kind()) {
            case NAME:
                if (RESERVED.contains(t.text())) break;
                return new PyExpr.Name(t.text(), t.line(), t.column());
            case NUMBER: return new PyExpr.Num(t.text(), t.line(), t.column());
            case STRING: {
                StringBuilder value = new StringBuilder(t.value());
                while (peek().kind() == PyToken.Kind.STRING) value.append(next().value());
                return new PyExpr.Str(value.toString(), prefix(t), t.line(), t.column());
            }
            case OP:
                if (t.isOp("(")) {
                    enter(t, "parentheses");
                    return leave(display(t, ")", PyExpr.Sequence.Kind.TUPLE));
                }
                if (t.isOp("[")) {
                    enter(t, "brackets");
                    return leave(display(t, "]", PyExpr.Sequence.Kind.LIST));
                }
                if (t.isOp("{")) {
                    enter(t, "braces");
                    return leave(braces(t));
                }
                if (t.isOp("...")) return new PyExpr.Name("...", t.line(), t.column());
                if (t.isOp("*")) {
                    enter(t, "expressions");
                    return new PyExpr.Starred(leave(binary(0)), false, t.line(), t.column());
                }
                break;
            default:
                break;
        }
        index--;
        throw unreadable("unexpected " + t.describe());
    }

    private PyExpr display(PyToken open, String close, PyExpr.Sequence.Kind kind) {
        List<PyExpr> items = new ArrayList<>();
        boolean comma = false;
        if (close.equals(")") && peek().isName("yield")) {
            PyExpr yield = yieldOrList();
            expectOp(")");
            return yield;
        }
        while (!acceptOp(close)) {
            PyToken start = peek();
            items.add(test());
            if (peek().isName("for") || peek().isName("async")) return skipComprehension(open, true);
            if (!peek().isOp(close)) {
                expectOp(",");
                comma = true;
            }
            if (start == peek()) throw unreadable("unexpected " + peek().describe());
        }
        if (kind == PyExpr.Sequence.Kind.TUPLE && items.size() == 1 && !comma) return items.get(0);
        return new PyExpr.Sequence(kind, items, open.line(), open.column());
    }

    private PyExpr braces(PyToken open) {
        List<PyExpr> keys = new ArrayList<>();
        List<PyExpr> values = new ArrayList<>();
        List<PyExpr> items = new ArrayList<>();
        while (!acceptOp("}")) {
            if (acceptOp("**")) {
                keys.add(new PyExpr.Name("**", open.line(), open.column()));
                values.add(test());
            } else {
                PyExpr key = test();
                if (acceptOp(":")) {
                    keys.add(key);
                    values.add(test());
                } else {
                    items.add(key);
                }
            }
            if (peek().isName("for") || peek().isName("async")) return skipComprehension(open, true);
            if (!peek().isOp("}")) expectOp(",");
        }
        if (!items.isEmpty()) return new PyExpr.Sequence(PyExpr.Sequence.Kind.SET, items, open.line(), open.column());
        return new PyExpr.Dict(keys, values, open.line(), open.column());
    }

    /**
     * Skips to the bracket that closes a comprehension (past it when {@code consumeClose}: the comprehension is the whole
     * display) and returns its text from {@code first}.
     */
    private PyExpr skipComprehension(PyToken first, boolean consumeClose) {
        int depth = 0;
        while (!atEnd()) {
            PyToken t = peek();
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) depth++;
            if (t.kind() == PyToken.Kind.OP && CLOSERS.contains(t.text())) {
                if (depth == 0) break;
                depth--;
            }
            next();
        }
        if (atEnd()) throw unreadable("unexpected " + peek().describe());
        if (consumeClose) next();
        return raw(first);
    }

    /** The source text from {@code first} to the last token read. */
    PyExpr raw(PyToken first) {
        PyToken last = tokens.get(Math.max(index - 1, 0));
        int end = Math.max(last.end(), first.end());
        return new PyExpr.Raw(source.substring(first.start(), end), first.line(), first.column());
    }

    private static String prefix(PyToken t) {
        int quote = Math.min(indexOrMax(t.text(), '\''), indexOrMax(t.text(), '"'));
        return t.text().substring(0, quote).toLowerCase(java.util.Locale.ROOT);
    }

    private static int indexOrMax(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
