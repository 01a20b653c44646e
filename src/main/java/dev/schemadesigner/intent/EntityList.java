package dev.schemadesigner.intent;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message lays out tables as people write them without saying "table": a name followed by
 * its attributes, in parentheses ({@code tickets(id, title, status)}, {@code Patienten (Name, Geburtsdatum)})
 * or after a colon or dash at the start of a line or sentence ({@code users: id, email, created_at},
 * {@code - orders: customer, total, status}). Each attribute is a short name (at most three words, not a
 * quantity); see {@link Strength} for what makes a list tables. Code is not a list: the caller checks for pasted
 * code first, and a quoted or operator-laden item ({@code execute("SELECT ...")}) is not an attribute.
 */
final class EntityList {

    /** "name (a, b, c)": the name is a word that is not a preposition, an article or a type (see NOT_NAMES). */
    private static final Pattern PARENTHESISED = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\(([^()]*)\\)");
    /** "INSERT INTO t (a, b)", "index ON t (a, b)": the columns of a statement or an index, not a table laid out. */
    private static final Pattern STATEMENT_BEFORE = Pattern.compile("(?i)\\b(into|on|em|en|sur|auf)\\s*$");
    /** "name: a, b, c" or "name - a, b, c" at the start of a line or sentence, after an optional bullet or number. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?m)(?:^|[.;!?]\\s+)\\s*(?:[-*•]|\\d+[.)])?\\s*([\\p{L}_][\\p{L}\\p{N}_' ]{0,50}?)\\s*(?::|\\s[-–]\\s)\\s*([^\\n.;!?]+)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\+|/|\\band\\b|\\by\\b|\\bund\\b|\\bet\\b|\\be\\b)\\s*");
    private static final Pattern NESTED_PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_-]*(?:\\s+[\\p{L}\\p{N}_-]+){0,2}");
    private static final Pattern SNAKE_CASE = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*(?:_[\\p{L}\\p{N}]+)+");
    private static final Set<String> NOT_NAMES = Set.of("on", "in", "of", "to", "by", "for", "at", "a", "an", "the", "and", "or",
            "with", "from", "into", "en", "de", "por", "para", "auf", "mit", "sur", "par", "em", "com", "values", "where", "if",
            // a type, key or index with its values or columns: "an enum (low, medium, high)", "unique (a, b)"
            "enum", "enums", "type", "check", "unique", "key", "index", "varchar", "numeric", "decimal", "set", "like");
    private static final Set<String> QUANTITIES = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "few", "some", "several", "many", "no", "me", "you", "us");

    private EntityList() {
    }

    /** How strongly the text lays out tables with their attributes. */
    enum Strength {
        /** No list of attributes. */
        NONE,
        /**
         * One name with a list of plain words ("url shortener (links, clicks)", "podcast app: shows, episodes,
         * listeners"): tables only if the message speaks of tables or databases; a shopping list is one too.
         */
        LISTED,
        /** A list with a snake_case identifier ("users: id, email, created_at"), or two or more lists. */
        TABLES
    }

    /** How strongly the text names tables with their attributes in one of the forms above. */
    static Strength in(String text) {
        int lists = 0;
        Matcher m = PARENTHESISED.matcher(text);
        while (m.find()) {
            if (NOT_NAMES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
                    || STATEMENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            Group g = group(m.group(2));
            if (g.size() >= 2 && g.snakeCase()) {
                return Strength.TABLES;
            }
            lists += g.size() >= 2 ? 1 : 0;
        }
        Matcher l = LABELLED.matcher(text);
        while (l.find()) {
            // "the status field should be an enum: draft, sent, paid" gives a type its values, not a table its columns
            String[] label = l.group(1).strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (NOT_NAMES.contains(label[label.length - 1])) {
                continue;
            }
            Group g = group(NESTED_PARENTHESES.matcher(l.group(2)).replaceAll(" "));
            if (g.size() >= 2 && g.snakeCase()) {
                return Strength.TABLES;
            }
            lists += g.size() >= 2 ? 1 : 0;
        }
        return lists >= 2 ? Strength.TABLES : lists == 1 ? Strength.LISTED : Strength.NONE;
    }

    private record Group(int size, boolean snakeCase) {
    }

    private static Group group(String list) {
        List<String> items = SEPARATOR.splitAsStream(list.strip()).map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean snake = false;
        for (String item : items) {
            String lower = item.toLowerCase(java.util.Locale.ROOT);
            if (!ATTRIBUTE.matcher(item).matches() || QUANTITIES.contains(lower.split("\\s+")[0])) {
                return new Group(0, false);
            }
            snake |= SNAKE_CASE.matcher(item).find();
        }
        return new Group(items.size(), snake);
    }
}
