package dev.schemadesigner.intent;

import java.util.Set;

/**
 * How much of a message is written in English, judged by its function words: the embedding model reads English only,
 * so its verdict on "un usuario tiene muchas publicaciones" says little, while the lexicon reads all five languages.
 * Words shared by English and another language ("a", "in", "me") count for neither.
 */
final class EnglishShare {

    private static final Set<String> ENGLISH = Set.of("the", "an", "to", "of", "for", "with", "and", "on", "is", "are",
            "my", "our", "i", "we", "it", "this", "that", "should", "need", "how", "what", "can", "from", "by", "be",
            "have", "has", "all", "each", "every", "which", "please", "you", "into", "at", "its", "their", "there", "why");
    private static final Set<String> OTHER = Set.of(
            // es
            "el", "los", "las", "una", "unos", "que", "del", "para", "con", "por", "y", "cada", "mi", "mis", "es", "al",
            "su", "sus", "tiene", "tienen", "esta", "este", "necesito", "quiero", "como", "hay", "muy", "nueva", "nuevo",
            // de
            "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "und", "fur", "mit", "ich", "wir", "zu",
            "von", "ist", "auf", "nicht", "bitte", "meine", "mein", "unser", "unsere", "auch", "wie", "zur", "zum", "im",
            // fr
            "le", "les", "une", "des", "du", "et", "pour", "avec", "je", "nous", "est", "dans", "sur", "au", "aux", "mon",
            "ma", "mes", "notre", "nos", "ce", "cette", "il", "faut", "tu", "peux", "vous",
            // pt
            "o", "os", "um", "uma", "da", "dos", "em", "meu", "minha", "na", "pode", "preciso",
            "tem", "voce", "sao", "nao", "de", "la", "e");

    private EnglishShare() {
    }

    /** The share (0..1) of function words that are English; 1 when the text has none of either kind. */
    static double of(String text) {
        int english = 0;
        int other = 0;
        for (String token : TextNormalizer.tokens(text)) {
            if (ENGLISH.contains(token)) {
                english++;
            } else if (OTHER.contains(token)) {
                other++;
            }
        }
        return english + other == 0 ? 1.0 : english / (double) (english + other);
    }
}
