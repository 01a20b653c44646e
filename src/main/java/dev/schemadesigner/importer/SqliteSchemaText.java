package dev.schemadesigner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the PRAGMAs do not tell from the {@code CREATE TABLE} / {@code CREATE INDEX} text
 * SQLite keeps in {@code sqlite_master}: constraint names, CHECK bodies, index expressions and
 * partial predicates. A small tokenizer that respects string literals, quoted identifiers,
 * comments and nested parentheses; expressions are returned as the exact source text.
 */
final class SqliteSchemaText {
    private SqliteSchemaText() {}

    record NamedCheck(Optional<String> name, String expression) {}

    record NamedUnique(Optional<String> name, List<String> columns) {}

    record NamedForeignKey(Optional<String> name, List<String> columns, String referencedTable) {}

    record TableText(List<NamedCheck> checks, List<NamedUnique> uniques, List<NamedForeignKey> foreignKeys) {}

    record IndexText(List<String> keys, Optional<String> where) {}

    private record Token(String text, int start, int end, boolean word) {
        boolean is(String keyword) { return word && text.equalsIgnoreCase(keyword); }
    }

    static TableText table(String sql) {
        List<Token> tokens = tokens(sql);
        int open = indexOf(tokens, "(", 0);
        List<NamedCheck> checks = new ArrayList<>();
        List<NamedUnique> uniques = new ArrayList<>();
        List<NamedForeignKey> fks = new ArrayList<>();
        if (open < 0) return new TableText(checks, uniques, fks);
        int close = matching(tokens, open);
        for (List<Token> element : split(tokens, open + 1, close)) {
            if (element.isEmpty()) continue;
            Token first = element.get(0);
            boolean tableConstraint = first.is("CONSTRAINT") || first.is("CHECK") || first.is("UNIQUE")
                    || first.is("FOREIGN") || first.is("PRIMARY");
            String column = tableConstraint ? null : unquote(first.text());
            readConstraints(sql, element, tableConstraint ? 0 : 1, column, checks, uniques, fks);
        }
        return new TableText(checks, uniques, fks);
    }

    /** Walks one column definition or table constraint, collecting CHECK, UNIQUE and REFERENCES clauses. */
    private static void readConstraints(String sql, List<Token> element, int from, String column, List<NamedCheck> checks,
                                        List<NamedUnique> uniques, List<NamedForeignKey> fks) {
        Optional<String> name = Optional.empty();
        List<String> fkColumns = column == null ? List.of() : List.of(column);
        for (int i = from; i < element.size(); i++) {
            Token t = element.get(i);
            if (t.text().equals("(")) {
                i = matching(element, i);
            } else if (t.is("CONSTRAINT") && i + 1 < element.size()) {
                name = Optional.of(unquote(element.get(++i).text()));
            } else if (t.is("CHECK") && next(element, i, "(")) {
                int end = matching(element, i + 1);
                checks.add(new NamedCheck(name, sql.substring(element.get(i + 1).end(), element.get(end).start()).trim()));
                name = Optional.empty();
                i = end;
            } else if (t.is("UNIQUE")) {
                if (next(element, i, "(")) {
                    int end = matching(element, i + 1);
                    uniques.add(new NamedUnique(name, names(element, i + 2, end)));
                    i = end;
                } else if (column != null) {
                    uniques.add(new NamedUnique(name, List.of(column)));
                }
                name = Optional.empty();
            } else if (t.is("FOREIGN") && i + 2 < element.size() && next(element, i + 1, "(")) {
                int end = matching(element, i + 2);
                fkColumns = names(element, i + 3, end);
                i = end;
            } else if (t.is("REFERENCES") && i + 1 < element.size()) {
                fks.add(new NamedForeignKey(name, fkColumns, unquote(element.get(i + 1).text())));
                name = Optional.empty();
                i++;
            } else if (t.is("PRIMARY") || t.is("NOT") || t.is("DEFAULT") || t.is("COLLATE") || t.is("GENERATED")) {
                name = Optional.empty();
            }
        }
    }

    static IndexText index(String sql) {
        List<Token> tokens = tokens(sql);
        int on = 0;
        while (on < tokens.size() && !tokens.get(on).is("ON")) on++;
        int open = indexOf(tokens, "(", on);
        if (open < 0) return new IndexText(List.of(), Optional.empty());
        int close = matching(tokens, open);
        List<String> keys = new ArrayList<>();
        for (List<Token> key : split(tokens, open + 1, close)) {
            int last = key.size();
            while (last > 1 && (key.get(last - 1).is("ASC") || key.get(last - 1).is("DESC"))) last--;
            if (last > 2 && key.get(last - 2).is("COLLATE")) last -= 2;
            keys.add(sql.substring(key.get(0).start(), key.get(last - 1).end()).trim());
        }
        Optional<String> where = Optional.empty();
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE")) {
            String predicate = sql.substring(tokens.get(close + 1).end()).trim();
            if (predicate.endsWith(";")) predicate = predicate.substring(0, predicate.length() - 1).trim();
            where = Optional.of(predicate);
        }
        return new IndexText(keys, where);
    }

    static String unquote(String identifier) {
        if (identifier.length() >= 2) {
            char first = identifier.charAt(0);
            char last = identifier.charAt(identifier.length() - 1);
            if (first == '"' && last == '"') return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
            if (first == '`' && last == '`') return identifier.substring(1, identifier.length() - 1).replace("``", "`");
            if (first == '[' && last == ']') return identifier.substring(1, identifier.length() - 1);
        }
        return identifier;
    }

    private static List<String> names(List<Token> tokens, int from, int to) {
        List<String> names = new ArrayList<>();
        for (List<Token> part : split(tokens, from, to)) if (!part.isEmpty()) names.add(unquote(part.get(0).text()));
        return names;
    }

    private static boolean next(List<Token> tokens, int i, String text) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals(text);
    }

    private static int indexOf(List<Token> tokens, String text, int from) {
        for (int i = from; i < tokens.size(); i++) if (tokens.get(i).text().equals(text)) return i;
        return -1;
    }

    /** The index of the ')' closing the '(' at {@code open}, or the last token if unbalanced. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals("(")) depth++;
            else if (t.equals(")") && --depth == 0) return i;
        }
        return tokens.size() - 1;
    }

    /** Tokens in [from, to) split at commas outside parentheses. */
    private static List<List<Token>> split(List<Token> tokens, int from, int to) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.text().equals("(")) depth++;
            if (t.text().equals(")")) depth--;
            if (depth == 0 && t.text().equals(",")) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        parts.add(current);
        return parts;
    }

    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) j += 2;
                        else break;
                    } else {
                        j++;
                    }
                }
                int end = Math.min(j + 1, n);
                tokens.add(new Token(sql.substring(i, end), i, end, c != '\''));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) j++;
                tokens.add(new Token(sql.substring(i, j), i, j, true));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        return tokens;
    }
}
