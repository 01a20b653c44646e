package dev.schemadesigner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The small tokenizer the phrase parsers share: sentences, list items, filler words. */
final class Words {
    private Words() {}

    /** Words that carry no entity or column meaning in a request. */
    static final Set<String> FILLER = Set.of("design", "designing", "create", "creating", "build", "add", "adding", "make", "model", "models",
            "modeling", "modelling", "new", "a", "an", "the", "table", "tables", "schema", "schemas", "database", "databases", "db", "for", "to",
            "track", "tracking", "store", "storing", "keep", "record", "of", "called", "named", "we", "need", "needs", "i", "want", "please",
            "can", "you", "entity", "entities", "sql", "sqlalchemy", "me", "our", "my", "some", "simple", "basic", "that", "which", "with",
            "also", "now", "then", "set", "up", "generate", "data", "structure", "and", "or", "in", "on", "app", "application", "system",
            "let's", "lets", "us", "help", "would", "like", "should", "could", "it", "this", "is", "are", "be", "by", "all", "few",
            "relational", "each", "every", "where", "many", "multiple", "several", "other", "another", "postgres", "postgresql", "sqlite", "mysql", "mariadb");

    /** Sentences: split at . ! ? ; and line breaks that end a clause (not inside {@code tickets.email}). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?;])\\s+|[\\r\\n]+")) {
            String t = s.trim().replaceAll("[.!?;]+$", "").trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Lower case, single spaces, typographic quotes and dashes made plain. */
    static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replaceAll("[ \\t]+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** Items of a list: split at commas, " and ", " & " and "/" outside parentheses. */
    static List<String> items(String list) {
        String protectedText = list.replaceAll("between (-?\\d+) and (-?\\d+)", "$1-$2");
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < protectedText.length(); i++) {
            char c = protectedText.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth = Math.max(0, depth - 1);
            if (depth == 0 && (c == ',' || startsWord(protectedText, i, " and ") || startsWord(protectedText, i, " & ") || startsWord(protectedText, i, " plus "))) {
                add(out, current);
                if (c != ',') i += protectedText.startsWith(" and ", i) ? 4 : protectedText.startsWith(" plus ", i) ? 5 : 2;
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static boolean startsWord(String text, int at, String word) { return text.startsWith(word, at); }

    private static void add(List<String> out, StringBuilder item) {
        String s = item.toString().trim().replaceAll("^(and|or|also|plus|&)\\s+", "").trim();
        if (!s.isEmpty()) out.add(s);
        item.setLength(0);
    }

    /** The words of a phrase that are not filler, joined by single spaces. */
    static String content(String phrase) {
        List<String> kept = new ArrayList<>();
        for (String w : phrase.replaceAll("[^a-z0-9_' -]", " ").split("[\\s-]+")) {
            if (!w.isBlank() && !FILLER.contains(w)) kept.add(w.replaceAll("'s$", ""));
        }
        return String.join(" ", kept);
    }
}
