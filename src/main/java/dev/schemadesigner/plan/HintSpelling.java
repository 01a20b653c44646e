package dev.schemadesigner.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hint words as people type them: "isbn (unqiue)", "note (optinal)", "name (uniqe)". A word one letter off a hint word
 * (a letter dropped, changed, or two neighbours swapped) is read as that hint word before anything else reads the
 * request. Only whole lower-case words of letters, never a longer word (a plural or an inflection: "defaults") and
 * never a word of its own ("require"); names with underscores or digits are never touched.
 */
final class HintSpelling {
    private HintSpelling() {}

    private static final List<String> HINTS = List.of("unique", "optional", "nullable", "required", "mandatory", "default", "positive",
            "negative", "between", "indexed", "boolean", "timestamp", "eindeutig", "opcional", "obrigatório");
    /** Words one letter off a hint word that are words of their own. */
    private static final Set<String> WORDS = Set.of("require", "requires", "indexes", "indexer", "defaults", "positiv", "negativ", "positivo", "positiva", "negativo", "negativa", "positif", "negatif", "optionnel", "opcional", "nullable", "unico", "unica");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])[a-zà-ü]{5,}(?![\\p{L}\\p{N}_])");

    static String correct(String text) {
        if (text == null) return "";
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(corrected(m.group())));
        m.appendTail(out);
        return out.toString();
    }

    private static String corrected(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower) || HINTS.contains(lower)) return word;
        for (String hint : HINTS) if (oneSlip(lower, hint)) return hint;
        return word;
    }

    /** One letter dropped, one changed, or two neighbours swapped. */
    static boolean oneSlip(String w, String hint) {
        if (w.length() == hint.length()) {
            int first = -1, diffs = 0;
            for (int i = 0; i < w.length(); i++) if (w.charAt(i) != hint.charAt(i)) { if (first < 0) first = i; diffs++; }
            if (diffs == 1) return first > 0; // the first letter is kept: a different word otherwise
            return diffs == 2 && first + 1 < w.length() && w.charAt(first) == hint.charAt(first + 1) && w.charAt(first + 1) == hint.charAt(first);
        }
        if (w.length() + 1 != hint.length() || w.charAt(0) != hint.charAt(0)) return false;
        int i = 0;
        while (i < w.length() && w.charAt(i) == hint.charAt(i)) i++;
        return w.substring(i).equals(hint.substring(i + 1));
    }
}
