package dev.schemadesigner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text stage of reading a request: typography made plain, lines (bullets and numbers stripped, indentation kept), sentences, list items at top-level commas and the word "and" of the five languages. */
final class RequestText {
    private RequestText() {}

    static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*•+·]|\\d{1,2}[.)]|[a-z][.)])\\s+(.*)$");
    /** A markdown heading: the name of what the lines under it describe ("## Tasks" over bullets of its columns). */
    static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*?)\\s*:?\\s*$");
    /** "plants = name, species": an entity and its columns with an equals sign for the colon. */
    static final Pattern EQUALS_HEAD = Pattern.compile("^(\\s*(?:[-*•+·]\\s+)?[\\p{L}_][\\p{L}\\p{N}_ ]*?)\\s*=\\s+(?=\\S)");
    /** A row of a markdown table, and the rule under its header row. */
    static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");
    static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:-]+$");

    record Line(int indent, boolean bullet, String text) {}

    // ---- tokenizing ----

    static String clean(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"').replace("\u2013", "-")
                .replace("\u2014", " - ").replace(" -- ", " - ").replace("→", "->").replace('\t', ' ').replace("\u00a0", " ").replace("**", "").replace("`", "");
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raws = text.split("\\r?\\n");
        for (int r = 0; r < raws.length; r++) {
            String raw = raws[r];
            if (raw.isBlank() || TABLE_RULE.matcher(raw).matches() && raw.contains("-")) continue;
            Matcher row = TABLE_ROW.matcher(raw);
            if (row.matches()) {
                // a header row (the rule follows it) names the columns of the table, not an entity
                if (r + 1 < raws.length && TABLE_RULE.matcher(raws[r + 1]).matches() && raws[r + 1].contains("-")) continue;
                List<String> cells = new ArrayList<>();
                for (String cell : row.group(1).split("\\|")) if (!cell.isBlank()) cells.add(cell.trim());
                if (cells.size() >= 2) out.add(new Line(0, false, cells.get(0) + ": " + String.join(", ", cells.subList(1, cells.size()))));
                else if (cells.size() == 1) out.add(new Line(0, false, cells.get(0)));
                continue;
            }
            raw = EQUALS_HEAD.matcher(raw).replaceFirst("$1: ");
            Matcher heading = HEADING.matcher(raw);
            if (heading.matches() && !heading.group(1).isBlank()) {
                out.add(new Line(0, false, heading.group(1) + ":"));
                continue;
            }
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') indent++;
            Matcher m = BULLET.matcher(raw);
            if (m.matches() && !m.group(2).isBlank()) out.add(new Line(m.group(1).length(), true, m.group(2).trim()));
            else out.add(new Line(indent, false, raw.trim()));
        }
        return out;
    }

    /** A sentence, and whether a semicolon (not a full stop) ended the one before it. */
    record Segment(String text, boolean afterSemicolon) {}

    /** Sentences at . ! ? ; outside parentheses (not "e.g." or "1.5"). */
    static List<Segment> sentences(String line) {
        List<Segment> out = new ArrayList<>();
        int depth = 0;
        boolean semicolon = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth = Math.max(0, depth - 1);
            current.append(c);
            boolean end = depth == 0 && (c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
            if (end && c == '.' && current.toString().matches("(?s).*\\b(e\\.g|i\\.e|etc|vs|approx|z\\.b|p\\.ej|ex|bzw)\\.$")) end = false;
            if (end) {
                String s = current.toString().trim();
                if (!s.isEmpty()) out.add(new Segment(s, semicolon));
                semicolon = c == ';';
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(new Segment(current.toString().trim(), semicolon));
        return out;
    }

    static final Pattern RANGE_AND = Pattern.compile("(?i)(between|entre|zwischen|from|de|von)\\s+(-?\\d+(?:[.,]\\d+)?)\\s+(and|y|e|et|und|to|a|à|bis)\\s+(-?\\d+(?:[.,]\\d+)?)");

    /** Items at top-level commas, semicolons and the word "and" in the five languages; {@code entities} also splits at ";". */
    static List<String> split(String list, boolean entities) {
        String text = RANGE_AND.matcher(list).replaceAll(m -> m.group(1) + " " + m.group(2) + " .. " + m.group(4));
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') depth = Math.max(0, depth - 1);
            if (depth == 0) {
                if (c == ',' || c == ';') {
                    add(out, current);
                    continue;
                }
                if (entities && lower.startsWith(" / ", i)) {
                    add(out, current);
                    i += 2;
                    continue;
                }
                int skip = conjunction(lower, i);
                if (skip > 0) {
                    add(out, current);
                    i += skip - 1;
                    continue;
                }
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    static final List<String> AND = List.of(" and ", " y ", " und ", " et ", " e ", " & ", " + ", " plus ", " as well as ");

    static final Pattern LEADING_AND = Pattern.compile("(?i)^(and|or|also|plus|&|y|und|et|e)\\s+");

    static int conjunction(String lower, int at) {
        if (lower.charAt(at) != ' ') return 0;
        for (String w : AND) if (lower.startsWith(w, at)) return w.length();
        return 0;
    }

    static void add(List<String> out, StringBuilder item) {
        String s = LEADING_AND.matcher(item.toString().trim()).replaceFirst("").trim();
        if (!s.isEmpty()) out.add(s);
        item.setLength(0);
    }

    static int topLevel(String s, char wanted) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == wanted && depth == 0 && (wanted != ':' || i + 1 == s.length() || s.charAt(i + 1) != ':')) return i;
        }
        return -1;
    }

    static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            if (s.charAt(i) == ')' && --depth == 0) return i;
        }
        return -1;
    }

    static int depthAt(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            if (s.charAt(i) == '(') depth++;
            if (s.charAt(i) == ')') depth = Math.max(0, depth - 1);
        }
        return depth;
    }

    /** The first match outside parentheses. */
    static Matcher firstTopLevel(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int depth = 0;
            for (int i = 0; i < m.start(); i++) {
                if (s.charAt(i) == '(') depth++;
                if (s.charAt(i) == ')') depth = Math.max(0, depth - 1);
            }
            if (depth == 0) return m;
        }
        return null;
    }
}
