package dev.schemadesigner.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One table of the connecting words of Spanish, German, French and Portuguese (and the other spellings of
 * "many-to-many"), read token by token: a sentence is cut once into words (identifiers such as
 * {@code customer_id} are one word and are never translated) and the gaps between them, and at each word the
 * longest phrase of the table that starts there is replaced by its English. A new sentence made of known
 * connecting words needs no new pattern.
 */
final class ConnectingWordTable {
    private ConnectingWordTable() {}

    /** English of a phrase, and whether the phrase must be followed by a space (a short word such as "e" or "par" before "e.g."). */
    private record English(String words, boolean spaceAfter) {}

    private static final Map<String, English> PHRASES = new HashMap<>();
    private static int longest = 1;
    /** The words a phrase can start with: any other word is copied without a look-up. */
    private static final Set<String> FIRST_WORDS = new java.util.HashSet<>();
    private static final Pattern INNER_GAP = Pattern.compile("[\\s'-]+");
    private static final Pattern LETTER_GAP = Pattern.compile("[:-]");
    /** Replacements that English shares with the other languages: they do not make a sentence foreign. */
    private static final Set<String> NEUTRAL = Set.of("and", "by", "list", "per", "many-to-many");
    private static final Set<String> ARTICLES = Set.of("un", "una", "unos", "unas", "el", "los", "las", "ein", "eine", "einen", "einem", "einer", "der", "die",
            "das", "den", "dem", "les", "une", "os", "um", "uma", "uns", "umas", "des", "du", "del", "zum", "zur", "ao", "aos", "la", "le");
    /** "une commande par client", "ein Vertrag pro Kunde": the article of the child before "per" means one. */
    private static final Set<String> ONE = Set.of("un", "une", "ein", "eine", "um", "uma", "una");
    private static final Set<String> PER = Set.of("par", "pro", "por");

    static {
        put("many-to-many", false, "muchos|mucho", "a", "muchos|mucho");
        put("many-to-many", false, "muitos|muito", "para|a", "muitos|muito");
        put("many-to-many", false, "viele", "zu", "viele");
        put("many-to-many", false, "plusieurs", "à", "plusieurs");
        put("many-to-many", false, "many", "to", "many");
        put("many-to-many", false, "n|m", "m|n");
        put("each", false, "cada|jede|jeder|jedes|jeden|chaque|todo|toda");
        put("has many", false, "puede tener|pueden tener|tiene|tienen|kann|können|hat|haben|peut avoir|peuvent avoir|a|ont|pode ter|podem ter|tem|têm|possui"
                        + "|possuem|enthält|enthalten|contient|contiennent|contiene|contienen|contém",
                "muchos|muchas|varios|varias|viele|mehrere|plusieurs|beaucoup de|de nombreux|de nombreuses|muitos|muitas|vários|várias");
        // a place or a link stated with "is": "each shelf is in a warehouse", "readings are linked to devices", "está en un almacén"
        put("belongs to", false, "is|are|está|están|ist|sind|est|sont|estão", "in|linked to|attached to|tied to|kept in|stored in|en|in einem|in einer|dans|em|no|na", "a|an|one|un|una|une|um|uma");
        put("belongs to", false, "is|are", "linked to|attached to|tied to");
        put("belongs to", false, "pertenece|pertenecen", "a|al");
        put("belongs to", false, "gehört|gehören", "zu|zum|zur");
        put("belongs to", false, "appartient|appartiennent", "à|a|au");
        put("belongs to", false, "pertence|pertencem", "a|ao|à");
        put("references", false, "hace referencia a|referencia a|referencian a|referencia|referencian|verweist auf|verweisen auf|referenziert|référence"
                + "|référencent|fait référence à|referência|referenciam|remite a|renvoie à|bezieht sich auf");
        put("replies to", false, "responde a|responden a|antwortet auf|antworten auf|répond à|répondent à|responder a|répondre à|puede responder a"
                + "|pode responder a|peut répondre à|kann antworten auf");
        put("is another", false, "es otro|es otra|est un autre|est une autre|é outro|é outra|ist ein anderer|ist eine andere|ist ein anderes|ist auch ein"
                + "|ist auch eine|es también un|es también una|é também um|é também uma|est aussi un|est aussi une");
        put("another", false, "outro|outra|otro|otra|un autre|une autre|autre|anderen|andere|anderer|anderes");
        put("has a manager", false, "tiene un|tienen un|hat einen|haben einen|a un|ont un|tem um|têm um",
                "gerente|jefe|vorgesetzten|manager|chef|responsable|gestor");
        put("search", false, "buscamos|busca|buscar|suchen|sucht|cherchons|cherche|rechercher|procuramos|procura", "por|nach|par|");
        put("list", true, "listamos|lista|listar|listen|auflisten|listons|liste|lister|mostramos|zeigen|affichons");
        // access paths: order, due rows, pending rows, one parent's rows
        put("newest first", false, "neueste zuerst|neuste zuerst|neueste oben|más recientes primero|más reciente primero|los más recientes primero"
                + "|mais recentes primeiro|mais recente primeiro|os mais recentes primeiro|du plus récent au plus ancien|plus récents d'abord|plus récent d'abord"
                + "|les plus récents d'abord|del más reciente al más antiguo|do mais recente ao mais antigo|von neu nach alt");
        put("oldest first", false, "älteste zuerst|más antiguos primero|más antiguo primero|mais antigos primeiro|mais antigo primeiro|plus anciens d'abord"
                + "|plus ancien d'abord|du plus ancien au plus récent|del más antiguo al más reciente|do mais antigo ao mais recente|von alt nach neu");
        put("whose", false, "cujo|cuja|cujos|cujas|cuyo|cuya|cuyos|cuyas|deren|dessen|dont le|dont la|dont les");
        put("has passed", false, "já passou|ya pasó|ha pasado|ya ha pasado|est passé|est passée|est dépassé|est dépassée|ist vorbei|abgelaufen ist"
                + "|überschritten ist|vorbei ist|já venceu|ya venció|já expirou|ya expiró");
        put("that are not", false, "que no están|que no está|que no son|que não estão|que não está|que não são|qui ne sont pas|qui n'est pas|die nicht"
                + "|que ainda não estão|que aún no están|qui ne sont pas encore");
        put("that are still", false, "que siguen|que todavía están|que ainda estão|qui sont encore|die noch");
        put("picks", false, "pega|pegam|toma|toman|procesa|procesan|processa|processam|traite|traitent|holt|verarbeitet|récupère|recupera");
        put("of a", false, "d'un|d'une|de un|de una|de um|de uma");
        put("per", true, "pro");
        put("by", true, "por|nach|par");
        put("and", true, "y|und|et|e");
    }

    /** Every phrase made of one alternative per position ("" leaves the position out), joined by single spaces. */
    private static void put(String english, boolean spaceAfter, String... positions) {
        List<String> phrases = List.of("");
        for (String position : positions) {
            List<String> next = new ArrayList<>();
            for (String p : phrases) for (String alternative : position.split("\\|", -1)) next.add((p + " " + alternative.replace('\'', ' ')).trim());
            phrases = next;
        }
        for (String p : phrases) {
            PHRASES.putIfAbsent(p, new English(english, spaceAfter));
            String[] words = p.split(" ");
            longest = Math.max(longest, words.length);
            FIRST_WORDS.add(words[0]);
        }
    }

    /** The lower-case sentence with its connecting words in English; the articles go too when something was translated. */
    static String english(String lowerSentence) {
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>(); // gaps.get(i) comes before words.get(i); the last gap ends the sentence
        cut(lowerSentence, words, gaps);
        List<String> outWords = new ArrayList<>();
        List<String> outGaps = new ArrayList<>();
        List<Boolean> translated = new ArrayList<>();
        boolean foreign = false;
        int n = words.size();
        for (int i = 0; i < n; ) {
            if (ONE.contains(words.get(i)) && i + 2 < n && PER.contains(words.get(i + 2)) && isSpace(gaps.get(i + 1)) && isSpace(gaps.get(i + 2))
                    && startsWithSpace(gaps.get(i + 3))) {
                emit(outWords, outGaps, translated, gaps.get(i), "one", true);
                emit(outWords, outGaps, translated, gaps.get(i + 1), words.get(i + 1), false);
                emit(outWords, outGaps, translated, gaps.get(i + 2), "per", true);
                foreign = true;
                i += 3;
                continue;
            }
            int matched = 0;
            English english = null;
            for (int length = FIRST_WORDS.contains(words.get(i)) ? Math.min(longest, n - i) : 0; length >= 1 && english == null; length--) {
                English e = PHRASES.get(phrase(words, gaps, i, length));
                if (e != null && (!e.spaceAfter() || startsWithSpace(gaps.get(i + length)))) {
                    english = e;
                    matched = length;
                }
            }
            if (english == null || isIdentifierPart(gaps.get(i), gaps.get(i + matched))) {
                emit(outWords, outGaps, translated, gaps.get(i), words.get(i), false);
                i++;
                continue;
            }
            emit(outWords, outGaps, translated, gaps.get(i), english.words(), true);
            if (!NEUTRAL.contains(english.words())) foreign = true;
            i += matched;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < outWords.size(); i++) {
            String next = i + 1 < outWords.size() ? outGaps.get(i + 1) : gaps.get(n);
            boolean article = foreign && !translated.get(i) && (ARTICLES.contains(outWords.get(i)) && startsWithSpace(next) || outWords.get(i).equals("l") && next.startsWith("'"));
            b.append(outGaps.get(i));
            if (article) {
                // the gap after an article goes with it
                if (i + 1 < outWords.size()) outGaps.set(i + 1, outGaps.get(i + 1).replaceFirst("^'?\\s*", ""));
                continue;
            }
            b.append(outWords.get(i));
        }
        b.append(gaps.get(n));
        return b.toString().replaceAll("\\s+", " ").trim();
    }

    /** Words (runs of letters, digits and underscores) and the gaps around them. */
    private static void cut(String s, List<String> words, List<String> gaps) {
        int i = 0;
        StringBuilder gap = new StringBuilder();
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.codePointAt(i)) || s.codePointAt(i) == '_')) i += Character.charCount(s.codePointAt(i));
                gaps.add(gap.toString());
                gap.setLength(0);
                words.add(s.substring(start, i));
            } else {
                gap.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        gaps.add(gap.toString());
    }

    /** The words from {@code at}, joined by single spaces, when only spaces or hyphens separate them; "" otherwise. */
    private static String phrase(List<String> words, List<String> gaps, int at, int length) {
        StringBuilder b = new StringBuilder(words.get(at));
        for (int k = at + 1; k < at + length; k++) {
            boolean letters = words.get(k).length() == 1 && words.get(k - 1).length() == 1;
            if (!(letters ? LETTER_GAP : INNER_GAP).matcher(gaps.get(k)).matches()) return ""; // "n:m", never "n m"
            b.append(' ').append(words.get(k));
        }
        return b.toString();
    }

    private static void emit(List<String> words, List<String> gaps, List<Boolean> translated, String gap, String word, boolean t) {
        words.add(word);
        gaps.add(gap);
        translated.add(t);
    }

    private static boolean isSpace(String gap) { return gap.matches("\\s+"); }

    private static boolean startsWithSpace(String gap) { return !gap.isEmpty() && Character.isWhitespace(gap.charAt(0)); }

    /** A word glued to a name by a dot or an apostrophe ("e.g.", "l'auteur" stays) is not a connecting word. */
    private static boolean isIdentifierPart(String before, String after) {
        return before.endsWith(".") || after.startsWith(".") && after.length() > 1 && !Character.isWhitespace(after.charAt(1));
    }
}
