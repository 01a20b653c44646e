package dev.schemadesigner.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message describes the columns of a table it mentions: after the word "table" comes
 * a list of two or more column-like items ("... table with title, starts_at and room",
 * "... table, fields: number, title") or a snake_case identifier ({@code starts_at}, {@code owner_id}).
 * A list whose items are quantities or off-topic words ("with six chairs", "with four chairs and a
 * bench") does not describe columns.
 */
final class ColumnDescription {

    /** The word "table" in the languages of the lexicon, plus a frequent typo; what follows it describes the table. */
    private static final Pattern TABLE_WORD = Pattern.compile(
            "\\b(table|tables|tabel|tabels|tabla|tablas|tabelle|tabellen|tabela|tabelas)\\b");
    /** A snake_case identifier: how people spell column names. */
    private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z][a-z0-9]*(_[a-z0-9]+)+\\b");
    /** What introduces a column list; the list runs to the end of the sentence. */
    private static final Pattern LIST_START = Pattern.compile(
            "(?:\\b(?:with|con|mit|avec|com|columns?|fields?|attributes|columnas|spalten|colonnes|colunas|campos|champs|felder)\\b|:)"
                    + "\\s*:?\\s*([^.;!?\\n]+)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|&|/|\\band\\b|\\bor\\b|\\by\\b|\\bund\\b|\\bet\\b|\\be\\b)\\s*");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?:a|an|the|its|their|un|una|ein|eine|le|la|les|um|uma)\\s+)+");
    private static final Set<String> QUANTITIES = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "a few", "few", "some", "several", "many", "lots", "plenty", "more", "no");
    /** Where a column list ends and the sentence goes on ("... title and body for the blog"). */
    private static final Pattern LIST_END = Pattern.compile("\\s\\b(?:for|to|in|into|on|so|because|which|that|please)\\b.*$");
    private static final int MAX_ITEM_WORDS = 3;

    private ColumnDescription() {
    }

    /** True when the text, after its first mention of a table, names that table's columns. */
    static boolean in(String text, Lexicon lexicon) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher table = TABLE_WORD.matcher(lower);
        if (!table.find()) {
            return false;
        }
        String tail = lower.substring(table.end());
        if (SNAKE_CASE.matcher(tail).find()) {
            return true;
        }
        Matcher list = LIST_START.matcher(tail);
        while (list.find()) {
            if (isColumnList(list.group(1), lexicon)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isColumnList(String list, Lexicon lexicon) {
        List<String> items = new ArrayList<>();
        for (String raw : SEPARATOR.split(LIST_END.matcher(list.strip()).replaceFirst(""))) {
            String item = LEADING_ARTICLE.matcher(raw.strip()).replaceFirst("");
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.size() < 2) {
            return false;
        }
        for (String item : items) {
            if (!isColumnLike(item, lexicon)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isColumnLike(String item, Lexicon lexicon) {
        List<String> words = TextNormalizer.tokens(item);
        if (words.isEmpty() || words.size() > MAX_ITEM_WORDS) {
            return false;
        }
        String first = words.get(0);
        boolean quantity = QUANTITIES.contains(first) || first.chars().allMatch(Character::isDigit)
                || (words.size() > 1 && QUANTITIES.contains(first + " " + words.get(1)));
        return !quantity && lexicon.analyze(item).offTopicScore() == 0 && lexicon.analyze(item).otherSenseScore() == 0;
    }
}
