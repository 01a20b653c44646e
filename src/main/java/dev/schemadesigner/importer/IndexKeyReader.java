package dev.schemadesigner.importer;

import dev.schemadesigner.schema.IndexKey;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code (key, …)} of an index: a column (with ASC, DESC, NULLS, COLLATE, an operator class
 * or a MariaDB prefix length, of which only the column is kept) or an expression.
 */
final class IndexKeyReader {
    private IndexKeyReader() {}

    static List<IndexKey> read(TokenCursor in, Warnings warnings, String table) {
        Token open = in.peek();
        in.expectSymbol("(");
        List<IndexKey> keys = new ArrayList<>();
        do {
            Token first = in.peek();
            List<Token> key = in.until(t -> false);
            if (key.isEmpty()) throw in.error(in.peek(), "expected an index column or expression");
            keys.add(key(in, key, warnings, table));
        } while (in.acceptSymbol(","));
        if (!in.atSymbol(")")) {
            throw in.error(in.peek(), in.atEnd() ? "missing ')' closing the '(' at line " + open.line() + ", column " + open.column() : "expected ')'");
        }
        in.next();
        return keys;
    }

    private static IndexKey key(TokenCursor in, List<Token> key, Warnings warnings, String table) {
        Token first = key.get(0);
        // a column is a name alone or followed by words (ASC, DESC, NULLS …, COLLATE, an operator class);
        // a name followed by '(' or '.' starts a call such as lower(x) or public.lower(x)
        boolean call = key.size() > 1 && (key.get(1).isSymbol("(") || key.get(1).isSymbol("."));
        boolean prefixLength = call && in.dialect() == DdlDialect.MARIADB && key.size() >= 4
                && key.get(2).kind() == Token.Kind.NUMBER && key.get(3).isSymbol(")");
        if (first.isIdentifier() && (!call || prefixLength)) {
            int optionsFrom = prefixLength ? 4 : 1;
            List<Token> options = key.subList(optionsFrom, key.size());
            if (prefixLength) warnings.add(first, "prefix length on index key " + first.value() + " of " + table + " is not modelled");
            if (!(options.isEmpty() || options.size() == 1 && options.get(0).isWord("ASC"))) {
                warnings.add(first, "'" + TokenCursor.text(options) + "' on index key " + first.value() + " of " + table + " is not modelled");
            }
            return IndexKey.column(in.name(first));
        }
        int end = expressionEnd(key);
        List<Token> expression = key.subList(0, end);
        List<Token> options = key.subList(end, key.size());
        if (!(options.isEmpty() || options.size() == 1 && options.get(0).isWord("ASC"))) {
            warnings.add(first, "'" + TokenCursor.text(options) + "' on index expression " + TokenCursor.expression(expression) + " of " + table
                    + " is not modelled");
        }
        if (expression.get(0).isSymbol("(") && closes(expression)) expression = expression.subList(1, expression.size() - 1);
        return IndexKey.expression(TokenCursor.expression(expression));
    }

    /**
     * Where the expression of a key ends and its options begin: trailing ASC/DESC, NULLS FIRST/LAST,
     * COLLATE name and an operator class (a name, maybe schema-qualified, right after a ')').
     */
    private static int expressionEnd(List<Token> key) {
        int end = key.size();
        while (end > 1) {
            Token last = key.get(end - 1);
            Token before = key.get(end - 2);
            if (last.isWord("ASC") || last.isWord("DESC")) {
                end--;
            } else if ((last.isWord("FIRST") || last.isWord("LAST")) && before.isWord("NULLS")) {
                end -= 2;
            } else if (last.isIdentifier() && before.isWord("COLLATE")) {
                end -= 2;
            } else if (last.isIdentifier() && before.isSymbol(")")) {
                end--;
            } else if (last.isIdentifier() && before.isSymbol(".") && end >= 4 && key.get(end - 3).isIdentifier() && key.get(end - 4).isSymbol(")")) {
                end -= 3;
            } else {
                break;
            }
        }
        return end;
    }

    /** True when the parenthesis opening {@code tokens} closes at its last token. */
    private static boolean closes(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) depth++;
            if (tokens.get(i).isSymbol(")")) depth--;
            if (depth == 0) return i == tokens.size() - 1;
        }
        return false;
    }
}
