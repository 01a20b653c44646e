package dev.schemadesigner.plan;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change request in Spanish or German glossed word by word into the English the change forms read
 * ("elimina la columna logo de brands" → "drop the column logo of brands"). Names stay as written; only
 * a sentence that starts with one of the languages' change verbs is glossed, so an English "a" or "de"
 * inside a name is never touched.
 */
final class ChangeGloss {
    private ChangeGloss() {}

    private static final Pattern SPANISH = Pattern.compile("^(?:por favor\\s+)?(?:añade|añadir|añada|agrega|agregar|agregue|crea|crear|cree|elimina|eliminar|elimine|borra|borrar|borre|quita|quitar|"
            + "renombra|renombrar|renombre|haz|hacer|haga|cambia|cambiar|cambie|convierte|pon|poner|ponga|divide|fusiona|mueve)\\b.*");
    private static final Pattern GERMAN = Pattern.compile("^(?:bitte\\s+)?(?:füge|fuege|lösche|loesche|entferne|benenne|mache|mach|ändere|aendere|erstelle|lege|verschiebe)\\b.*");

    private static final Map<String, String> ES = Map.ofEntries(Map.entry("añade", "add"), Map.entry("añadir", "add"), Map.entry("añada", "add"), Map.entry("agrega", "add"),
            Map.entry("agregar", "add"), Map.entry("agregue", "add"), Map.entry("crea", "create"), Map.entry("crear", "create"), Map.entry("cree", "create"),
            Map.entry("elimina", "drop"), Map.entry("eliminar", "drop"), Map.entry("elimine", "drop"), Map.entry("borra", "drop"), Map.entry("borrar", "drop"),
            Map.entry("borre", "drop"), Map.entry("quita", "drop"), Map.entry("quitar", "drop"), Map.entry("renombra", "rename"), Map.entry("renombrar", "rename"),
            Map.entry("renombre", "rename"), Map.entry("haz", "make"), Map.entry("hacer", "make"), Map.entry("haga", "make"), Map.entry("cambia", "change"),
            Map.entry("cambiar", "change"), Map.entry("cambie", "change"), Map.entry("convierte", "convert"), Map.entry("pon", "put"), Map.entry("poner", "put"),
            Map.entry("ponga", "put"), Map.entry("divide", "split"), Map.entry("fusiona", "merge"), Map.entry("mueve", "move"),
            Map.entry("columna", "column"), Map.entry("campo", "field"), Map.entry("tabla", "table"), Map.entry("índice", "index"), Map.entry("indice", "index"),
            Map.entry("único", "unique"), Map.entry("única", "unique"), Map.entry("unico", "unique"), Map.entry("unica", "unique"), Map.entry("la", "the"),
            Map.entry("el", "the"), Map.entry("los", "the"), Map.entry("las", "the"), Map.entry("un", "a"), Map.entry("una", "a"), Map.entry("a", "to"),
            Map.entry("al", "to the"), Map.entry("en", "in"), Map.entry("de", "of"), Map.entry("del", "of the"), Map.entry("por", "by"), Map.entry("y", "and"),
            Map.entry("nueva", "new"), Map.entry("nuevo", "new"), Map.entry("obligatorio", "not null"), Map.entry("obligatoria", "not null"),
            Map.entry("opcional", "nullable"), Map.entry("solo", "only"), Map.entry("sólo", "only"), Map.entry("entre", "between"), Map.entry("para", "for"),
            Map.entry("cada", "each"), Map.entry("tipo", "type"), Map.entry("que", "that"), Map.entry("esté", "is"), Map.entry("este", "is"), Map.entry("con", "with"));
    private static final Map<String, String> DE = Map.ofEntries(Map.entry("füge", "add"), Map.entry("fuege", "add"), Map.entry("lösche", "drop"), Map.entry("loesche", "drop"),
            Map.entry("entferne", "drop"), Map.entry("benenne", "rename"), Map.entry("mache", "make"), Map.entry("mach", "make"), Map.entry("ändere", "change"),
            Map.entry("aendere", "change"), Map.entry("erstelle", "create"), Map.entry("lege", "create"), Map.entry("verschiebe", "move"),
            Map.entry("spalte", "column"), Map.entry("feld", "field"), Map.entry("tabelle", "table"), Map.entry("index", "index"), Map.entry("die", "the"),
            Map.entry("der", "the"), Map.entry("das", "the"), Map.entry("den", "the"), Map.entry("eine", "a"), Map.entry("einen", "a"), Map.entry("ein", "a"),
            Map.entry("zu", "to"), Map.entry("zur", "to the"), Map.entry("in", "in"), Map.entry("aus", "from"), Map.entry("von", "of"), Map.entry("auf", "on"),
            Map.entry("nach", "by"), Map.entry("und", "and"), Map.entry("um", ""), Map.entry("hinzu", ""), Map.entry("an", ""), Map.entry("pflichtfeld", "not null"),
            Map.entry("zwischen", "between"), Map.entry("eindeutig", "unique"), Map.entry("neue", "new"), Map.entry("neuen", "new"), Map.entry("nur", "only"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** The sentence in English words when it is a Spanish or German change request, else as it is. */
    static String english(String sentence) {
        Map<String, String> words = SPANISH.matcher(sentence).matches() ? ES : GERMAN.matcher(sentence).matches() ? DE : null;
        if (words == null) return sentence;
        String s = sentence.replaceAll("^(?:por favor\\s+)?(haz|hacer|haga) (obligatori[oa]|opcional|no nul[oa]) (.+?)(,.*)?$", "$1 $3 $2$4")
                .replaceAll("\\bno nul[oa]\\b", "not null").replaceAll("\\b(?:las |los )?filas existentes (?:pasan a|quedan como|se convierten en|reciben)\\b", "existing rows become")
                .replaceAll("\\bbestehende (?:zeilen|einträge) (?:werden|bekommen|erhalten)\\b", "existing rows become").replaceAll("\\bnicht null\\b", "not null")
                .replaceAll("^(?:bitte\\s+)?benenne (.+) in (\\S+) um$", "rename $1 to $2");
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(words.getOrDefault(m.group(), m.group())));
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
