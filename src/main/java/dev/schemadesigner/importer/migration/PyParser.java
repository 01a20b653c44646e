package dev.schemadesigner.importer.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Python tokens into {@link PyStmt}s: blocks by indentation, simple statements as calls and
 * assignments. Expressions other than names, literals, calls and list/tuple displays are kept as
 * {@link PyExpr.Other} text; a statement of unexpected shape becomes an unparsed {@link PyStmt.Other}.
 */
final class PyParser {
    private static final Set<String> IGNORED = Set.of("import", "from", "pass", "return", "global", "nonlocal", "assert",
            "raise", "del", "break", "continue");
    private static final Set<String> STOP_WORDS = Set.of("as", "for", "if", "else", "in", "and", "or", "not", "is");

    private final List<PyToken> tokens;
    private int at;

    private PyParser(List<PyToken> tokens) { this.tokens = tokens; }

    static List<PyStmt> parse(String source) {
        PyParser p = new PyParser(PythonTokenizer.tokenize(source));
        List<PyStmt> out = new ArrayList<>();
        while (p.peek().kind() != PyToken.Kind.END) {
            if (p.peek().kind() == PyToken.Kind.DEDENT || p.peek().kind() == PyToken.Kind.NEWLINE) p.at++;
            else out.add(p.statement());
        }
        return out;
    }

    private PyStmt statement() {
        PyToken first = peek();
        int colon = headerColon();
        if (colon >= 0) return block(first, colon);
        if (first.kind() == PyToken.Kind.NAME && IGNORED.contains(first.text())) return other(first, true);
        if (first.isString() && (peek(1).kind() == PyToken.Kind.NEWLINE || peek(1).is(";"))) return other(first, true);
        int start = at;
        try {
            PyStmt s = simple(first);
            if (endOfSimple()) return s;
        } catch (IllegalStateException e) {
            // not a shape we read: kept as text below
        }
        at = start;
        return other(first, false);
    }

    private PyStmt simple(PyToken first) {
        if (first.kind() == PyToken.Kind.NAME && (peek(1).is("=") || peek(1).is(","))) {
            StringBuilder target = new StringBuilder();
            while (!peek().is("=")) {
                if (peek().kind() == PyToken.Kind.NEWLINE) throw new IllegalStateException("not an assignment");
                target.append(next().text());
            }
            at++;
            return new PyStmt.Assign(target.toString(), expression(), first.line());
        }
        return new PyStmt.Expr(expression(), first.line());
    }

    private boolean endOfSimple() {
        if (peek().is(";")) at++;
        if (peek().kind() == PyToken.Kind.NEWLINE) { at++; return true; }
        return peek().kind() == PyToken.Kind.END || peek().kind() == PyToken.Kind.DEDENT;
    }

    /** Index of the ':' ending a compound statement's header on this logical line, or -1. */
    private int headerColon() {
        PyToken first = peek();
        if (first.kind() != PyToken.Kind.NAME || !Set.of("def", "with", "for", "while", "if", "elif", "else", "try", "except",
                "finally", "class", "async").contains(first.text())) return -1;
        int depth = 0;
        for (int i = at; i < tokens.size(); i++) {
            PyToken t = tokens.get(i);
            if (t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END) return -1;
            if (t.is("(") || t.is("[") || t.is("{")) depth++;
            if (t.is(")") || t.is("]") || t.is("}")) depth--;
            if (depth == 0 && t.is(":")) return i;
        }
        return -1;
    }

    private PyStmt block(PyToken first, int colon) {
        if (first.is("async")) at++;
        String keyword = next().text();
        String name = "";
        List<PyExpr> contexts = new ArrayList<>();
        Optional<String> alias = Optional.empty();
        if (keyword.equals("def") || keyword.equals("class")) {
            name = peek().text();
        } else if (keyword.equals("with")) {
            try {
                do {
                    contexts.add(expression());
                    if (peek().is("as")) { at++; alias = Optional.of(next().text()); }
                } while (peek().is(",") && ++at > 0);
            } catch (IllegalStateException e) {
                contexts.clear(); // a context manager we do not read: the body is still read
            }
        }
        at = colon + 1;
        List<PyStmt> body = new ArrayList<>();
        if (peek().kind() == PyToken.Kind.NEWLINE) {
            at++;
            if (peek().kind() != PyToken.Kind.INDENT) {
                throw new MigrationSyntaxException(peek().line(), peek().column(), "expected an indented block after '" + keyword + "'");
            }
            at++;
            while (peek().kind() != PyToken.Kind.DEDENT && peek().kind() != PyToken.Kind.END) {
                if (peek().kind() == PyToken.Kind.NEWLINE) at++;
                else body.add(statement());
            }
            if (peek().kind() == PyToken.Kind.DEDENT) at++;
        } else {
            body.add(statement());
        }
        return new PyStmt.Block(keyword, name, contexts, alias, body, first.line());
    }

    private PyStmt other(PyToken first, boolean understood) {
        StringBuilder text = new StringBuilder();
        while (peek().kind() != PyToken.Kind.NEWLINE && peek().kind() != PyToken.Kind.END && peek().kind() != PyToken.Kind.DEDENT) {
            if (peek().kind() == PyToken.Kind.INDENT) throw new MigrationSyntaxException(peek().line(), peek().column(), "unexpected indent");
            if (text.length() > 0) text.append(' ');
            text.append(next().text());
        }
        if (peek().kind() == PyToken.Kind.NEWLINE) at++;
        return new PyStmt.Other(text.toString(), understood, first.line());
    }

    // ---- expressions ----

    PyExpr expression() {
        int start = at;
        PyExpr e = postfix(primary());
        if (atDelimiter()) return e;
        at = start;
        return rest(start);
    }

    private boolean atDelimiter() {
        PyToken t = peek();
        if (t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END || t.kind() == PyToken.Kind.DEDENT) return true;
        if (t.kind() == PyToken.Kind.OP) return Set.of(",", ")", "]", "}", ":", "=", ";").contains(t.text());
        return t.kind() == PyToken.Kind.NAME && t.text().equals("as");
    }

    /** Consumes a whole expression of a shape we do not model, up to a delimiter at depth 0. */
    private PyExpr rest(int start) {
        int depth = 0;
        StringBuilder text = new StringBuilder();
        while (true) {
            PyToken t = peek();
            if (t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END) break;
            if (depth == 0 && t.kind() == PyToken.Kind.OP && Set.of(",", ")", "]", "}", ":", "=", ";").contains(t.text())) break;
            if (depth == 0 && t.is("as")) break;
            if (t.is("(") || t.is("[") || t.is("{")) depth++;
            if (t.is(")") || t.is("]") || t.is("}")) depth--;
            if (text.length() > 0) text.append(' ');
            text.append(next().text());
        }
        return new PyExpr.Other(text.toString(), tokens.get(start).line());
    }

    private PyExpr primary() {
        PyToken t = peek();
        if (t.isString()) {
            StringBuilder value = new StringBuilder();
            boolean formatted = false;
            while (peek().isString()) {
                formatted |= peek().kind() == PyToken.Kind.FSTRING;
                value.append(next().value());
            }
            return new PyExpr.Str(value.toString(), formatted, t.line());
        }
        if (t.kind() == PyToken.Kind.NUMBER) { at++; return new PyExpr.Num(t.text(), t.line()); }
        if (t.is("-") && peek(1).kind() == PyToken.Kind.NUMBER) { at++; return new PyExpr.Num("-" + next().text(), t.line()); }
        if (t.kind() == PyToken.Kind.NAME && !STOP_WORDS.contains(t.text()) && !t.text().equals("lambda")) {
            at++;
            return new PyExpr.Name(t.text(), t.line());
        }
        if (t.is("{")) {
            int start = at++;
            int depth = 1;
            while (depth > 0 && peek().kind() != PyToken.Kind.END) {
                if (peek().is("{")) depth++;
                if (peek().is("}")) depth--;
                at++;
            }
            StringBuilder text = new StringBuilder();
            for (int i = start; i < at; i++) text.append(i > start ? " " : "").append(tokens.get(i).text());
            return new PyExpr.Other(text.toString(), t.line());
        }
        if (t.is("(") || t.is("[")) {
            String close = t.is("(") ? ")" : "]";
            at++;
            List<PyExpr> items = new ArrayList<>();
            boolean comma = false;
            while (!peek().is(close)) {
                items.add(expression());
                if (peek().is(",")) { at++; comma = true; }
                else if (!peek().is(close)) throw new IllegalStateException("unexpected " + peek().describe());
            }
            at++;
            if (t.is("(") && items.size() == 1 && !comma) return items.get(0);
            return new PyExpr.Seq(items, t.line());
        }
        throw new IllegalStateException("unexpected " + t.describe());
    }

    private PyExpr postfix(PyExpr e) {
        while (true) {
            if (peek().is(".") && peek(1).kind() == PyToken.Kind.NAME) {
                at++;
                String name = next().text();
                String base = e instanceof PyExpr.Name n ? n.dotted() : e instanceof PyExpr.Call c ? c.callee() + "()" : "?";
                e = new PyExpr.Name(base + "." + name, e.line());
            } else if (peek().is("(")) {
                e = call(e);
            } else {
                return e;
            }
        }
    }

    private PyExpr call(PyExpr callee) {
        at++;
        List<PyExpr> args = new ArrayList<>();
        Map<String, PyExpr> kwargs = new LinkedHashMap<>();
        while (!peek().is(")")) {
            if (peek().kind() == PyToken.Kind.NAME && peek(1).is("=")) {
                String key = next().text();
                at++;
                kwargs.put(key, expression());
            } else if (peek().is("*") || peek().is("**")) {
                at++;
                args.add(expression());
            } else {
                args.add(expression());
            }
            if (peek().is(",")) at++;
            else if (!peek().is(")")) throw new IllegalStateException("unexpected " + peek().describe());
        }
        at++;
        String name = callee instanceof PyExpr.Name n ? n.dotted() : callee instanceof PyExpr.Call c ? c.callee() + "()" : "?";
        return new PyExpr.Call(name, args, kwargs, callee.line());
    }

    private PyToken peek() { return tokens.get(Math.min(at, tokens.size() - 1)); }

    private PyToken peek(int ahead) { return tokens.get(Math.min(at + ahead, tokens.size() - 1)); }

    private PyToken next() { return tokens.get(at++); }
}
