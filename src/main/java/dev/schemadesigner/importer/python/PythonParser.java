package dev.schemadesigner.importer.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Python source into {@link PyStatement}s: classes and functions with their bodies,
 * assignments, imports, returns and expression statements; other compound statements are kept
 * as {@link PyStatement.Other} with their bodies skipped. Bad block structure (an unexpected
 * indent, a missing indented block) is a {@link PythonSyntaxException}; a simple statement
 * whose expression cannot be read becomes an {@code Other} carrying why, so one odd line does
 * not cost the whole file.
 */
public final class PythonParser {
    private static final Set<String> COMPOUND = Set.of("if", "elif", "else", "for", "while", "with", "try", "except", "finally",
            "match", "case", "async");

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
            List<PyToken> line = simpleTokens();
            decorators.add(readExpression(line).orElse(new PyExpr.Raw(text(line), first.line(), first.column())));
            first = peek();
        }
        if (first.isName("class")) return List.of(classDef(decorators));
        if (first.isName("def") || first.isName("async") && tokens.get(index + 1).isName("def")) return List.of(functionDef(decorators));
        if (first.kind() == PyToken.Kind.NAME && COMPOUND.contains(first.text())) return List.of(compound());
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
        if (!header.isEmpty() && header.get(0).isOp("(")) {
            List<PyToken> call = new ArrayList<>(header);
            call.add(0, name);
            Optional<PyExpr> parsed = readExpression(withEnd(call));
            if (parsed.isPresent() && parsed.get() instanceof PyExpr.Call c) {
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
        headerTokens(keyword);
        List<PyStatement> body = suite(keyword);
        return new PyStatement.FunctionDef(name.text(), decorators, body, keyword.line(), keyword.column());
    }

    private PyStatement compound() {
        PyToken keyword = next();
        List<PyToken> header = headerTokens(keyword);
        suite(keyword);
        return new PyStatement.Other(keyword.text(), keyword.text() + " " + text(header), Optional.empty(), keyword.line(), keyword.column());
    }

    /** Tokens after the keyword up to the block's ':' at bracket depth 0 (consumed). */
    private List<PyToken> headerTokens(PyToken keyword) {
        List<PyToken> out = new ArrayList<>();
        while (!peek().isOp(":")) {
            PyToken t = peek();
            if (t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END) {
                throw new PythonSyntaxException(t.line(), t.column(), "expected ':' to end the '" + keyword.text()
                        + "' statement of line " + keyword.line());
            }
            if (t.isName("lambda")) {
                out.add(next());
                while (!peek().isOp(":") && peek().kind() != PyToken.Kind.NEWLINE) out.add(next());
                out.add(next());
                continue;
            }
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
        try {
            if (first.kind() == PyToken.Kind.NAME && Set.of("pass", "break", "continue", "raise", "del", "global", "nonlocal",
                    "assert", "yield", "print", "exec").contains(first.text()) && !part.get(1).isOp("=") && !part.get(1).isOp(":")) {
                return new PyStatement.Other(first.text(), text(part), Optional.empty(), first.line(), first.column());
            }
            if (in.acceptName("return")) {
                Optional<PyExpr> value = in.atEnd() ? Optional.empty() : Optional.of(in.expressionList());
                requireEnd(in);
                return new PyStatement.Return(value, first.line(), first.column());
            }
            PyExpr target = in.expressionList();
            if (in.acceptOp(":")) {
                PyExpr annotation = in.test();
                Optional<PyExpr> value = in.acceptOp("=") ? Optional.of(in.expressionList()) : Optional.empty();
                requireEnd(in);
                return new PyStatement.Assign(target, Optional.of(annotation), value, first.line(), first.column());
            }
            if (in.acceptOp("=")) {
                PyExpr value = in.expressionList();
                while (in.acceptOp("=")) value = in.expressionList();
                requireEnd(in);
                return new PyStatement.Assign(target, Optional.empty(), Optional.of(value), first.line(), first.column());
            }
            if (in.peek().kind() == PyToken.Kind.OP && in.peek().text().endsWith("=") && in.peek().text().length() > 1) {
                return new PyStatement.Other("augmented-assignment", text(part), Optional.empty(), first.line(), first.column());
            }
            requireEnd(in);
            return new PyStatement.Expression(target, first.line(), first.column());
        } catch (ExpressionParser.Unreadable e) {
            String why = "line " + e.at.line() + ", column " + e.at.column() + ": " + e.getMessage();
            return new PyStatement.Other(first.text(), text(part), Optional.of(why), first.line(), first.column());
        }
    }

    private static void requireEnd(ExpressionParser in) {
        if (!in.atEnd() && in.peek().kind() != PyToken.Kind.END) throw in.unreadable("unexpected " + in.peek().describe());
    }

    private PyStatement importStatement(List<PyToken> part) {
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

    private Optional<PyExpr> readExpression(List<PyToken> part) {
        if (part.isEmpty()) return Optional.empty();
        try {
            ExpressionParser in = new ExpressionParser(source, part);
            PyExpr e = in.test();
            return in.atEnd() ? Optional.of(e) : Optional.empty();
        } catch (ExpressionParser.Unreadable e) {
            return Optional.empty();
        }
    }

    private String text(List<PyToken> part) {
        List<PyToken> real = part.stream().filter(t -> t.end() > t.start()).toList();
        if (real.isEmpty()) return "";
        return source.substring(real.get(0).start(), real.get(real.size() - 1).end()).replaceAll("\\s+", " ");
    }
}
