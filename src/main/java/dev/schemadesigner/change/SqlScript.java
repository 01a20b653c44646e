package dev.schemadesigner.change;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A SQL script read the way one database reads it: its string literals, quoted identifiers and
 * comments found by that database's rules, and the script cut into statements at the semicolons
 * that are code. The same reading decides what the data-migration policy sees and what is handed to
 * each JDBC {@code execute}, so the two can never disagree about where a statement ends.
 *
 * <ul>
 *   <li>{@code postgresql}: {@code '…'} with {@code ''} doubling (standard_conforming_strings, which
 *       the verifier pins on), {@code E'…'} with backslash escapes, {@code $tag$…$tag$}, {@code "…"}
 *       identifiers; {@code --} and <em>nested</em> {@code /* … *}{@code /} comments.</li>
 *   <li>{@code mariadb}: {@code '…'} and {@code "…"} with backslash escapes and doubling, {@code `…`}
 *       identifiers; {@code --}, {@code #} and {@code /* … *}{@code /} comments, including the executable
 *       {@code /*! … *}{@code /} kind.</li>
 *   <li>{@code sqlite}: {@code '…'}, {@code "…"}, {@code `…`} and {@code […]}; {@code --} and {@code /* … *}{@code /}.</li>
 * </ul>
 * Any {@code --} counts as a comment, even where MariaDB would read {@code 1--1} as arithmetic: a
 * reader that errs towards "comment" only ever refuses more.
 */
public final class SqlScript {

    /**
     * One statement's text (without its semicolon), where it starts in the script, and every name
     * written directly before an opening parenthesis — functions, and also keywords ({@code IN (}),
     * types ({@code varchar(}) and tables with column lists — plain names lower-cased, quoted ones as
     * written. The grammar-independent net under the parser's view of which functions a statement calls.
     */
    public record Statement(String sql, int offset, List<String> namesBeforeParenthesis) {
        public Statement {
            namesBeforeParenthesis = List.copyOf(namesBeforeParenthesis);
        }
    }

    private final List<Statement> statements;
    private final Optional<String> comment;
    private final Optional<String> unterminated;

    private SqlScript(List<Statement> statements, Optional<String> comment, Optional<String> unterminated) {
        this.statements = List.copyOf(statements);
        this.comment = comment;
        this.unterminated = unterminated;
    }

    /** Reads {@code script} as the database named {@code dialect} ({@code postgresql}, {@code mariadb}, {@code sqlite}) would. */
    public static SqlScript read(String script, String dialect) {
        return new Reader(script, Rules.of(dialect)).read();
    }

    /** The statements, trimmed, blank ones left out. */
    public List<Statement> statements() { return statements; }

    public List<String> statementTexts() { return statements.stream().map(Statement::sql).toList(); }

    /** The first comment, quoted with where it starts, or empty when the script has none. */
    public Optional<String> firstComment() { return comment; }

    /** A string, quoted identifier or comment that never ends, or empty. */
    public Optional<String> unterminated() { return unterminated; }

    private record Rules(boolean nestedComments, boolean hashComments, boolean backslashInStrings, boolean doubleQuoteIsString,
                         boolean eStrings, boolean dollarQuotes, boolean backticks, boolean brackets) {
        static Rules of(String dialect) {
            return switch (dialect) {
                case "postgresql" -> new Rules(true, false, false, false, true, true, false, false);
                case "mariadb" -> new Rules(false, true, true, true, false, false, true, false);
                case "sqlite" -> new Rules(false, false, false, false, false, false, true, true);
                default -> throw new UserFacingException(ErrorCode.UNKNOWN_DIALECT, "no SQL reading rules for database '" + dialect + "'");
            };
        }
    }

    private static final class Reader {
        private final String s;
        private final Rules rules;
        private final List<Statement> statements = new ArrayList<>();
        private final List<String> namesBeforeParenthesis = new ArrayList<>();
        private String lastName = "";
        private int lastNameEnd = -1;
        private Optional<String> comment = Optional.empty();
        private Optional<String> unterminated = Optional.empty();
        private int start;

        Reader(String s, Rules rules) {
            this.s = s;
            this.rules = rules;
        }

        SqlScript read() {
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                int nameEndBefore = lastNameEnd;
                int end;
                if (c == '\'') {
                    end = quoted(i, i + 1, '\'', rules.backslashInStrings(), "string literal");
                } else if ((c == 'e' || c == 'E') && rules.eStrings() && next(i) == '\'' && !wordBefore(i)) {
                    end = quoted(i, i + 2, '\'', true, "escape string literal");
                } else if (c == '"') {
                    end = quoted(i, i + 1, '"', rules.backslashInStrings() && rules.doubleQuoteIsString(),
                            rules.doubleQuoteIsString() ? "string literal" : "quoted identifier");
                    if (!rules.doubleQuoteIsString()) name(i, end);
                } else if (c == '`' && rules.backticks()) {
                    end = name(i, quoted(i, i + 1, '`', false, "quoted identifier"));
                } else if (c == '[' && rules.brackets()) {
                    end = name(i, closeAt(i, s.indexOf(']', i + 1), 1, "bracketed identifier"));
                } else if (Character.isLetter(c) || c == '_') {
                    end = i + 1;
                    while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '$')) end++;
                    name(i, end);
                } else if (c == '(') {
                    if (lastNameEnd >= 0) namesBeforeParenthesis.add(lastName);
                    end = i + 1;
                } else if (c == '-' && next(i) == '-') {
                    end = lineComment(i);
                } else if (c == '#' && rules.hashComments()) {
                    end = lineComment(i);
                } else if (c == '/' && next(i) == '*') {
                    end = blockComment(i);
                } else if (c == '$' && rules.dollarQuotes() && !wordBefore(i) && dollarTag(i) != null) {
                    String tag = dollarTag(i);
                    end = closeAt(i, s.indexOf(tag, i + tag.length()), tag.length(), "dollar-quoted string " + tag);
                } else if (c == ';') {
                    cut(i);
                    start = i + 1;
                    end = i + 1;
                } else {
                    end = i + 1;
                }
                // a name counts as "before a parenthesis" only across whitespace: anything else forgets it
                if (lastNameEnd == nameEndBefore && !Character.isWhitespace(c)) lastNameEnd = -1;
                i = end;
            }
            cut(n);
            return new SqlScript(statements, comment, unterminated);
        }

        /** Remembers the name {@code [from, end)} (a plain one lower-cased) as the last one seen; returns {@code end}. */
        private int name(int from, int end) {
            String written = s.substring(from, end);
            char first = written.charAt(0);
            lastName = first == '"' || first == '`' || first == '[' ? written : written.toLowerCase(Locale.ROOT);
            lastNameEnd = end;
            return end;
        }

        private char next(int i) { return i + 1 < s.length() ? s.charAt(i + 1) : '\0'; }

        /** Whether the character before {@code i} continues a word (so {@code e'} or {@code $} is part of a name). */
        private boolean wordBefore(int i) {
            if (i == 0) return false;
            char p = s.charAt(i - 1);
            return Character.isLetterOrDigit(p) || p == '_' || p == '$';
        }

        private int quoted(int from, int bodyStart, char quote, boolean backslashEscapes, String what) {
            int i = bodyStart;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && backslashEscapes) { i += 2; continue; }
                if (c == quote) {
                    if (next(i) == quote) { i += 2; continue; }
                    return i + 1;
                }
                i++;
            }
            return unterminated(from, what);
        }

        private int closeAt(int from, int closing, int closingLength, String what) {
            return closing < 0 ? unterminated(from, what) : closing + closingLength;
        }

        private int lineComment(int i) {
            noteComment(i);
            int end = s.indexOf('\n', i);
            return end < 0 ? s.length() : end + 1;
        }

        /** PostgreSQL counts nesting: {@code /* /* *}{@code / still comment *}{@code /}; the others end at the first close. */
        private int blockComment(int from) {
            noteComment(from);
            int depth = 1;
            int i = from + 2;
            while (i < s.length()) {
                if (s.startsWith("*/", i)) {
                    depth--;
                    i += 2;
                    if (depth == 0 || !rules.nestedComments()) return i;
                } else if (rules.nestedComments() && s.startsWith("/*", i)) {
                    depth++;
                    i += 2;
                } else {
                    i++;
                }
            }
            return unterminated(from, "comment");
        }

        /** {@code $$} or {@code $tag$} starting at {@code i}, or null ({@code $1} is a parameter, not a tag). */
        private String dollarTag(int i) {
            int j = i + 1;
            if (j < s.length() && Character.isDigit(s.charAt(j))) return null;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
            return j < s.length() && s.charAt(j) == '$' ? s.substring(i, j + 1) : null;
        }

        private void noteComment(int at) {
            if (comment.isEmpty()) comment = Optional.of("'" + excerpt(at) + "' at character " + (at + 1));
        }

        private int unterminated(int at, String what) {
            if (unterminated.isEmpty()) unterminated = Optional.of(what + " starting at character " + (at + 1) + " ('" + excerpt(at) + "') never ends");
            return s.length();
        }

        private String excerpt(int at) {
            String rest = s.substring(at).strip();
            return rest.length() > 24 ? rest.substring(0, 23) + "…" : rest;
        }

        private void cut(int end) {
            String text = s.substring(start, end);
            String trimmed = text.strip();
            if (!trimmed.isEmpty()) statements.add(new Statement(trimmed, start + text.indexOf(trimmed), namesBeforeParenthesis));
            namesBeforeParenthesis.clear();
            lastNameEnd = -1;
        }
    }
}
