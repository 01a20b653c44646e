package dev.schemadesigner.importer;

import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code DEFAULT <expr>} (after the DEFAULT word) into a {@link DefaultValue}. */
final class DefaultReader {
    private DefaultReader() {}

    private static final Set<String> STOP = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "CONSTRAINT",
            "COLLATE", "GENERATED", "COMMENT", "AUTO_INCREMENT", "AUTOINCREMENT", "ON", "DEFAULT", "INVISIBLE", "VISIBLE", "KEY");

    static void read(TokenCursor in, TableDraft.ColumnDraft column, Warnings warnings) {
        Token first = in.peek();
        if (first.isSymbol(",") || first.isSymbol(")") || first.kind() == Token.Kind.END) {
            throw in.error(first, "expected a default value");
        }
        List<Token> tokens = in.until(t -> t != first && t.kind() == Token.Kind.WORD && STOP.contains(t.upper()));
        List<Token> value = withoutCast(unwrap(tokens));
        if (value.size() == 1 && value.get(0).isWord("NULL")) {
            // DEFAULT NULL, and pg_dump's DEFAULT NULL::character varying: no default
            column.defaultValue = Optional.empty();
            return;
        }
        if (isNextval(tokens)) {
            if (column.type.isInteger()) {
                column.identity = true;
                column.nullable = false;
                return;
            }
        }
        column.defaultValue = Optional.of(classify(tokens, column.type));
    }

    static DefaultValue classify(List<Token> tokens, LogicalType type) {
        List<Token> value = unwrap(tokens);
        value = withoutCast(value);
        if (value.size() == 1 && value.get(0).kind() == Token.Kind.STRING) return DefaultValue.text(value.get(0).value());
        String number = number(value);
        if (number != null) {
            if (type instanceof LogicalType.Bool && (number.equals("0") || number.equals("1"))) return DefaultValue.bool(number.equals("1"));
            return DefaultValue.number(number);
        }
        if (value.size() == 1 && (value.get(0).isWord("TRUE") || value.get(0).isWord("FALSE"))) {
            return DefaultValue.bool(value.get(0).isWord("TRUE"));
        }
        if (isCurrentTimestamp(value)) return DefaultValue.now();
        return DefaultValue.expression(TokenCursor.expression(tokens));
    }

    /** {@code (x)} → {@code x}, repeatedly. */
    private static List<Token> unwrap(List<Token> tokens) {
        while (tokens.size() >= 3 && tokens.get(0).isSymbol("(") && tokens.get(tokens.size() - 1).isSymbol(")") && balancedInside(tokens)) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        return tokens;
    }

    private static boolean balancedInside(List<Token> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (tokens.get(i).isSymbol("(")) depth++;
            if (tokens.get(i).isSymbol(")") && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** {@code 'x'::character varying} → {@code 'x'}: a PostgreSQL cast of a literal keeps its meaning. */
    private static List<Token> withoutCast(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("::")) return i == 0 ? tokens : unwrap(tokens.subList(0, i));
        }
        return tokens;
    }

    private static String number(List<Token> tokens) {
        if (tokens.size() == 1 && tokens.get(0).kind() == Token.Kind.NUMBER) return tokens.get(0).text();
        if (tokens.size() == 2 && (tokens.get(0).isSymbol("-") || tokens.get(0).isSymbol("+"))
                && tokens.get(1).kind() == Token.Kind.NUMBER && !tokens.get(1).spaceBefore()) {
            return (tokens.get(0).isSymbol("-") ? "-" : "") + tokens.get(1).text();
        }
        return null;
    }

    private static boolean isCurrentTimestamp(List<Token> tokens) {
        if (tokens.isEmpty()) return false;
        Token head = tokens.get(0);
        if (head.isWord("CURRENT_TIMESTAMP")) {
            return tokens.size() == 1 || tokens.size() == 3 && tokens.get(1).isSymbol("(") && tokens.get(2).isSymbol(")")
                    || tokens.size() == 4 && tokens.get(1).isSymbol("(") && tokens.get(2).kind() == Token.Kind.NUMBER && tokens.get(3).isSymbol(")");
        }
        return head.isWord("NOW") && tokens.size() == 3 && tokens.get(1).isSymbol("(") && tokens.get(2).isSymbol(")");
    }

    private static boolean isNextval(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(0).isWord("NEXTVAL");
    }
}
