package dev.schemadesigner.importer.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Python source into {@link PyStatement}s: classes and functions with their bodies,
 * assignments, imports, returns and expression statements; other compound statements are
 * {@link PyStatement.Block}s with their bodies (a {@code with} also with its context managers).
 * Every statement is checked against Python 3's grammar (3.8 to 3.12: annotations, decorators,
 * {@code async}, walrus, {@code match}, positional-only parameters, parenthesized context managers,
 * {@code type} aliases), so a file CPython's {@code ast} reads is read and a file it refuses is a
 * {@link PythonSyntaxException} with a line and column. Constructs the model readers never look
 * into are skimmed rather than modelled: comprehension bodies, f-string fields and {@code case}
 * patterns are checked for balanced brackets only.
 */
public final class PythonParser {
    private static final Set<String> COMPOUND = Set.of("if", "elif", "else", "for", "while", "with", "try", "except", "finally",
            "match", "case", "async");
    /** Keywords only at the start of a block header; elsewhere ordinary names. */
    private static final Set<String> SOFT = Set.of("match", "case");

    private final String source;
    private final List<PyToken> tokens;
    private int index;

    private PythonParser(String source) {
        this.source = source;
        this.tokens = PythonTokenizer.tokenize(source);
    }

    /** The module's top-level statements. */
    public static List<PyStatement> parse(String source) {
        PythonParser parser = new PythonParser(source);
        List<PyStatement> body = parser.statements(false);
        return List.copyOf(body);
    }

    private PyToken peek() { return tokens.get(index); }

    private PyToken next() {
        PyToken t = tokens.get(index);
        if (t.kind() != PyToken.Kind.END) index++;
        return t;
    }

    /** Statements up to the end of the block (a DEDENT, consumed) or of the input. */
    private List<PyStatement> statements(boolean block) {
        List<PyStatement> out = new ArrayList<>();
        while (true) {
            PyToken t = peek();
            if (t.kind() == PyToken.Kind.END) return out;
            if (t.kind() == PyToken.Kind.DEDENT) {
                next();
                if (block) return out;
                continue;
            }
            if (t.kind() == PyToken.Kind.NEWLINE) {
                next();
                continue;
            }
            if (t.kind() == PyToken.Kind.INDENT) throw new PythonSyntaxException(t.line(), t.column(), "unexpected indent");
            out.addAll(statement());
        }
    }

    private List<PyStatement> statement() {
        PyToken first = peek();
        List<PyExpr> decorators = new ArrayList<>();
        while (first.isOp("@")) {
            next();
            List<PyToken> line = withEnd(simpleTokens());
            ExpressionParser in = new ExpressionParser(source, line);
            decorators.add(strictly(() -> {
                PyExpr decorator = in.test();
                requireEnd(in);
                return decorator;
            }));
            first = peek();
        }
        if (!decorators.isEmpty() && !first.isName("class") && !first.isName("def") && !first.isName("async")) {
            throw new PythonSyntaxException(first.line(), first.column(), "expected a class or function after a decorator");
        }
        if (first.isName("class")) return List.of(classDef(decorators));
        if (first.isName("def") || first.isName("async") && tokens.get(index + 1).isName("def")) return List.of(functionDef(decorators));
        if (first.kind() == PyToken.Kind.NAME && COMPOUND.contains(first.text()) && (!SOFT.contains(first.text()) || endsWithColon())) {
            return List.of(compound());
        }
        List<PyStatement> out = new ArrayList<>();
        List<PyToken> line = simpleTokens();
        for (List<PyToken> part : splitSemicolons(line)) out.add(simple(part));
        return out;
    }

    private PyStatement classDef(List<PyExpr> decorators) {
        PyToken keyword = next();
        PyToken name = next();
        if (name.kind() != PyToken.Kind.NAME) throw new PythonSyntaxException(name.line(), name.column(), "expected a class name after 'class'");
        List<PyExpr> bases = List.of();
        List<PyExpr.Keyword> keywords = List.of();
        List<PyToken> header = headerTokens(keyword);
        if (!header.isEmpty()) {
            ExpressionParser parameters = new ExpressionParser(source, withEnd(header));
            strictly(() -> {
                skipTypeParameters(parameters);
                return null;
            });
            List<PyToken> call = new ArrayList<>(header.subList(parameters.position(), header.size()));
            if (!call.isEmpty() && !call.get(0).isOp("(")) {
                throw new PythonSyntaxException(call.get(0).line(), call.get(0).column(), "expected '(' or ':' after the class name");
            }
            call.add(0, name);
            ExpressionParser in = new ExpressionParser(source, withEnd(call));
            PyExpr parsed = strictly(() -> {
                PyExpr c = in.test();
                requireEnd(in);
                return c;
            });
            if (parsed instanceof PyExpr.Call c) {
                bases = c.args();
                keywords = c.keywords();
            }
        }
        List<PyStatement> body = suite(keyword);
        return new PyStatement.ClassDef(name.text(), bases, keywords, decorators, body, keyword.line(), keyword.column());
    }

    private PyStatement functionDef(List<PyExpr> decorators) {
        PyToken keyword = next();
        if (keyword.isName("async")) next();
        PyToken name = next();
        if (name.kind() != PyToken.Kind.NAME) throw new PythonSyntaxException(name.line(), name.column(), "expected a function name after 'def'");
        List<PyToken> header = headerTokens(keyword);
        if (header.isEmpty()) {
            PyToken at = tokens.get(index - 1);
            throw new PythonSyntaxException(at.line(), at.column(), "expected '(' after the function name");
        }
        ExpressionParser in = new ExpressionParser(source, withEnd(header));
        strictly(() -> {
            skipTypeParameters(in);
            in.expectOp("(");
            in.parameters(")", true);
            if (in.acceptOp("->")) in.test();
            requireEnd(in);
            return null;
        });
        List<PyStatement> body = suite(keyword);
        return new PyStatement.FunctionDef(name.text(), decorators, body, keyword.line(), keyword.column());
    }

    private PyStatement compound() {
        PyToken first = next();
        PyToken keyword = first.isName("async") ? next() : first;
        if (first != keyword && !keyword.isName("for") && !keyword.isName("with")) {
            throw new PythonSyntaxException(keyword.line(), keyword.column(), "expected 'def', 'for' or 'with' after 'async'");
        }
        List<PyToken> header = headerTokens(keyword);
        checkHeader(keyword, header);
        List<PyStatement.WithItem> items = keyword.isName("with") ? withItems(header) : List.of();
        List<PyStatement> body = suite(keyword);
        return new PyStatement.Block(keyword.text(), (keyword.text() + " " + text(header)).trim(), items, body, first.line(), first.column());
    }

    /** Checks a compound statement's header against the grammar of its keyword ({@code with} headers are read by {@link #withItems}). */
    private void checkHeader(PyToken keyword, List<PyToken> header) {
        String k = keyword.text();
        if (Set.of("else", "try", "finally").contains(k)) {
            if (!header.isEmpty()) throw new PythonSyntaxException(header.get(0).line(), header.get(0).column(), "expected ':' after '" + k + "'");
            return;
        }
        if (k.equals("with") || k.equals("case") && !header.isEmpty()) return;
        if (header.isEmpty() && !k.equals("except")) {
            throw new PythonSyntaxException(keyword.line(), keyword.column() + k.length(), "expected an expression after '" + k + "'");
        }
        if (header.isEmpty()) return;
        ExpressionParser in = new ExpressionParser(source, withEnd(header));
        strictly(() -> {
            switch (k) {
                case "for" -> {
                    in.forTargets();
                    in.expressionList();
                }
                case "except" -> {
                    in.acceptOp("*");
                    in.test();
                    if (in.acceptName("as")) {
                        if (in.peek().kind() != PyToken.Kind.NAME) throw in.unreadable("expected a name after 'as'");
                        in.next();
                    }
                }
                case "match" -> in.expressionList();
                default -> in.test();
            }
            requireEnd(in);
            return null;
        });
    }

    /**
     * The context managers of a {@code with} header, in either form: {@code with a as b, c:} or, since 3.9,
     * {@code with (a as b, c,):}.
     */
    private List<PyStatement.WithItem> withItems(List<PyToken> header) {
        if (header.isEmpty()) {
            PyToken at = peek();
            throw new PythonSyntaxException(at.line(), at.column(), "expected a context manager after 'with'");
        }
        try {
            return withItems(new ExpressionParser(source, withEnd(header)), false);
        } catch (ExpressionParser.Unreadable e) {
            if (!header.get(0).isOp("(") || !header.get(header.size() - 1).isOp(")")) throw syntax(e);
            List<PyToken> inner = header.subList(1, header.size() - 1);
            if (inner.isEmpty()) throw syntax(e);
            return strictly(() -> withItems(new ExpressionParser(source, withEnd(inner)), true));
        }
    }

    private static List<PyStatement.WithItem> withItems(ExpressionParser in, boolean trailingComma) {
        List<PyStatement.WithItem> items = new ArrayList<>();
        do {
            if (trailingComma && in.atEnd() && !items.isEmpty()) break;
            PyExpr context = in.test();
            Optional<PyExpr> target = in.acceptName("as") ? Optional.of(in.test()) : Optional.empty();
            items.add(new PyStatement.WithItem(context, target));
        } while (in.acceptOp(","));
        requireEnd(in);
        return items;
    }

    /** Skips PEP 695 type parameters, {@code [T, *Ts, **P]}, when they come next. */
    private static void skipTypeParameters(ExpressionParser in) {
        if (!in.acceptOp("[")) return;
        int depth = 0;
        while (depth > 0 || !in.peek().isOp("]")) {
            PyToken t = in.next();
            if (in.atEnd()) throw in.unreadable("'[' is never closed");
            if (t.isOp("[") || t.isOp("(")) depth++;
            if (t.isOp("]") || t.isOp(")")) depth--;
        }
        in.next();
    }

    private interface Reading<T> {
        T read();
    }

    /** Runs an expression read; what cannot be read is a syntax error at the token where reading stopped. */
    private static <T> T strictly(Reading<T> reading) {
        try {
            return reading.read();
        } catch (ExpressionParser.Unreadable e) {
            throw syntax(e);
        }
    }

    private static PythonSyntaxException syntax(ExpressionParser.Unreadable e) {
        return new PythonSyntaxException(e.at.line(), e.at.column(), "invalid syntax: " + e.getMessage());
    }

    /** Whether the logical line from here ends with a block's ':', which tells {@code match x:} from {@code match = …}. */
    private boolean endsWithColon() {
        int i = index;
        while (tokens.get(i + 1).kind() != PyToken.Kind.NEWLINE && tokens.get(i + 1).kind() != PyToken.Kind.END) i++;
        return tokens.get(i).isOp(":");
    }

    /** Tokens after the keyword up to the block's ':' at bracket depth 0 (consumed). */
    private List<PyToken> headerTokens(PyToken keyword) {
        List<PyToken> out = new ArrayList<>();
        int depth = 0;
        int lambdas = 0;
        while (depth > 0 || lambdas > 0 || !peek().isOp(":")) {
            PyToken t = peek();
            if (t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END) {
                throw new PythonSyntaxException(t.line(), t.column(), "expected ':' to end the '" + keyword.text()
                        + "' statement of line " + keyword.line());
            }
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) depth++;
            else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) depth--;
            else if (depth == 0 && t.isName("lambda")) lambdas++;
            else if (depth == 0 && t.isOp(":")) lambdas--;
            out.add(next());
        }
        next();
        return out;
    }

    /** The block after a ':': an indented block, or simple statements on the same line. */
    private List<PyStatement> suite(PyToken keyword) {
        if (peek().kind() != PyToken.Kind.NEWLINE) {
            List<PyStatement> out = new ArrayList<>();
            for (List<PyToken> part : splitSemicolons(simpleTokens())) out.add(simple(part));
            return out;
        }
        next();
        PyToken t = peek();
        if (t.kind() != PyToken.Kind.INDENT) {
            throw new PythonSyntaxException(t.line(), t.column(), "expected an indented block after the '" + keyword.text()
                    + "' statement of line " + keyword.line());
        }
        next();
        return statements(true);
    }

    /** The tokens of one logical line (its NEWLINE consumed), ending with that NEWLINE. */
    private List<PyToken> simpleTokens() {
        List<PyToken> out = new ArrayList<>();
        while (peek().kind() != PyToken.Kind.NEWLINE && peek().kind() != PyToken.Kind.END) {
            if (peek().kind() == PyToken.Kind.INDENT || peek().kind() == PyToken.Kind.DEDENT) {
                PyToken t = peek();
                throw new PythonSyntaxException(t.line(), t.column(), "unexpected indentation inside a statement");
            }
            out.add(next());
        }
        out.add(next());
        return out;
    }

    private static List<List<PyToken>> splitSemicolons(List<PyToken> line) {
        List<List<PyToken>> parts = new ArrayList<>();
        List<PyToken> current = new ArrayList<>();
        for (PyToken t : line) {
            if (t.isOp(";") || t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END) {
                if (!current.isEmpty()) parts.add(withEnd(current));
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        return parts;
    }

    private static List<PyToken> withEnd(List<PyToken> part) {
        List<PyToken> out = new ArrayList<>(part);
        PyToken last = part.get(part.size() - 1);
        out.add(new PyToken(PyToken.Kind.END, "", "", last.end(), last.end(), last.line(), last.column() + last.text().length()));
        return out;
    }

    private PyStatement simple(List<PyToken> part) {
        PyToken first = part.get(0);
        if (first.isName("import") || first.isName("from")) return importStatement(part);
        ExpressionParser in = new ExpressionParser(source, part);
        return strictly(() -> {
            PyStatement keyword = keywordStatement(in, first, part);
            if (keyword != null) return keyword;
            if (in.acceptName("return")) {
                Optional<PyExpr> value = in.atEnd() ? Optional.empty() : Optional.of(in.expressionList());
                requireEnd(in);
                return new PyStatement.Return(value, first.line(), first.column());
            }
            PyExpr target = in.yieldOrList();
            if (in.acceptOp(":")) {
                PyExpr annotation = in.test();
                Optional<PyExpr> value = in.acceptOp("=") ? Optional.of(in.yieldOrList()) : Optional.empty();
                requireEnd(in);
                return new PyStatement.Assign(target, Optional.of(annotation), value, first.line(), first.column());
            }
            if (in.acceptOp("=")) {
                PyExpr value = in.yieldOrList();
                while (in.acceptOp("=")) value = in.yieldOrList();
                requireEnd(in);
                return new PyStatement.Assign(target, Optional.empty(), Optional.of(value), first.line(), first.column());
            }
            if (AUGMENTED.contains(in.peek().text()) && in.peek().kind() == PyToken.Kind.OP) {
                in.next();
                in.yieldOrList();
                requireEnd(in);
                return new PyStatement.Other("augmented-assignment", text(part), Optional.empty(), first.line(), first.column());
            }
            requireEnd(in);
            return new PyStatement.Expression(target, first.line(), first.column());
        });
    }

    private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=");

    /** A simple statement that starts with its keyword ({@code pass}, {@code del}, {@code raise}, …, and 3.12's {@code type X = …}); null for any other. */
    private PyStatement keywordStatement(ExpressionParser in, PyToken first, List<PyToken> part) {
        if (first.kind() != PyToken.Kind.NAME) return null;
        String k = first.text();
        switch (k) {
            case "pass", "break", "continue" -> in.next();
            case "del" -> {
                in.next();
                in.expressionList();
            }
            case "global", "nonlocal" -> {
                in.next();
                do {
                    if (in.peek().kind() != PyToken.Kind.NAME) throw in.unreadable("expected a name but found " + in.peek().describe());
                    in.next();
                } while (in.acceptOp(","));
            }
            case "assert" -> {
                in.next();
                in.test();
                if (in.acceptOp(",")) in.test();
            }
            case "raise" -> {
                in.next();
                if (!in.atEnd()) {
                    in.test();
                    if (in.acceptName("from")) in.test();
                }
            }
            case "type" -> {
                // a soft keyword: `type X = …` is an alias, anything else uses `type` as a name
                if (part.get(1).kind() != PyToken.Kind.NAME || !(part.get(2).isOp("=") || part.get(2).isOp("["))) return null;
                in.next();
                in.next();
                skipTypeParameters(in);
                in.expectOp("=");
                in.test();
            }
            default -> {
                return null;
            }
        }
        requireEnd(in);
        return new PyStatement.Other(k, text(part), Optional.empty(), first.line(), first.column());
    }

    private static void requireEnd(ExpressionParser in) {
        if (!in.atEnd() && in.peek().kind() != PyToken.Kind.END) throw in.unreadable("unexpected " + in.peek().describe());
    }

    private PyStatement importStatement(List<PyToken> part) {
        strictly(() -> {
            checkImport(new ExpressionParser(source, part));
            return null;
        });
        PyToken first = part.get(0);
        int i = 1;
        StringBuilder module = new StringBuilder();
        if (first.isName("from")) {
            while (i < part.size() && !part.get(i).isName("import")) module.append(part.get(i++).text());
            i++;
        }
        List<PyStatement.Alias> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        Optional<String> as = Optional.empty();
        for (; i < part.size(); i++) {
            PyToken t = part.get(i);
            if (t.isOp("(") || t.isOp(")")) continue;
            if (t.isOp(",") || t.kind() == PyToken.Kind.END) {
                if (name.length() > 0) names.add(new PyStatement.Alias(name.toString(), as));
                name.setLength(0);
                as = Optional.empty();
            } else if (t.isName("as") && i + 1 < part.size()) {
                as = Optional.of(part.get(++i).text());
            } else {
                name.append(t.text());
            }
        }
        return new PyStatement.Import(module.toString(), names, first.line(), first.column());
    }

    /** {@code import a.b as c, d} or {@code from ..a import (b as c, d,)} / {@code from a import *}. */
    private static void checkImport(ExpressionParser in) {
        if (in.acceptName("import")) {
            do {
                dottedName(in);
                alias(in);
            } while (in.acceptOp(","));
            requireEnd(in);
            return;
        }
        in.next();
        boolean relative = false;
        while (in.acceptOp(".") || in.acceptOp("...")) relative = true;
        if (!in.peek().isName("import") || !relative) dottedName(in);
        if (!in.acceptName("import")) throw in.unreadable("expected 'import' but found " + in.peek().describe());
        if (!in.acceptOp("*")) {
            boolean parenthesized = in.acceptOp("(");
            do {
                if (parenthesized && in.peek().isOp(")")) break;
                name(in);
                alias(in);
            } while (in.acceptOp(","));
            if (parenthesized) in.expectOp(")");
        }
        requireEnd(in);
    }

    private static void dottedName(ExpressionParser in) {
        do name(in); while (in.acceptOp("."));
    }

    private static void alias(ExpressionParser in) {
        if (in.acceptName("as")) name(in);
    }

    private static void name(ExpressionParser in) {
        if (in.peek().kind() != PyToken.Kind.NAME) throw in.unreadable("expected a name but found " + in.peek().describe());
        in.next();
    }

    private String text(List<PyToken> part) {
        List<PyToken> real = part.stream().filter(t -> t.end() > t.start()).toList();
        if (real.isEmpty()) return "";
        return source.substring(real.get(0).start(), real.get(real.size() - 1).end()).replaceAll("\\s+", " ");
    }
}
