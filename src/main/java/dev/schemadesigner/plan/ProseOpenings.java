package dev.schemadesigner.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a prose sentence opens with before what it describes: "We keep walkers, each with a full_name …",
 * "There are talks and speakers", "Es gibt besitzer mit name …", "so we need loans with borrowed_at …", "Temos alunos com …".
 * Read as a small grammar over the sentence's tokens: [filler] (pronoun keeping-verb | existential) object-list. The
 * opening is dropped when the object list is itself an entity clause (a noun, then a with-word or a parenthesis), so the
 * clause reader sees "walkers with a full_name …" as a list would have written it; "X, each with" is the same as "X with".
 * A sentence whose object is not an entity clause ("we need to know who borrowed what") is kept as written.
 */
final class ProseOpenings {
    private ProseOpenings() {}

    private static final Set<String> FILLERS = Set.of("so", "and", "also", "then", "ok", "okay", "basically", "now", "und", "also,", "e", "y", "et",
            "então", "entao", "dann", "außerdem", "ausserdem", "further", "furthermore", "additionally", "plus");
    /** Subject pronoun and a verb of keeping, in the five languages; "there are" and its kin need no subject. */
    private static final Pattern OPENING = Pattern.compile("(?i)^(?:(?:we|i|you)(?:'ll| will| would| also| also need to| need to| want to| have to| must)?\\s+"
            + "(?:keep|have|need|store|track|record|manage|want|register|hold|save|list|deal with|work with|sell|rent|run|offer|organi[sz]e)"
            + "|there (?:are|is|will be)|we've got|we have got"
            + "|wir (?:haben|brauchen|speichern|verwalten|führen|erfassen|benötigen)|ich (?:brauche|habe|möchte)|es gibt"
            + "|(?:nós )?(?:temos|precisamos de|guardamos|registramos|armazenamos)|há|existem"
            + "|(?:nosotros )?(?:tenemos|necesitamos|guardamos|registramos)|hay"
            + "|(?:nous )?(?:avons|gardons|stockons|enregistrons)|il y a)\\s+(.+)$");
    /** "walkers, each with", "tiere, jeweils mit": the distributive word between the noun and its with-list. */
    private static final Pattern EACH_WITH = Pattern.compile("(?i)^([\\p{L}_][\\p{L}\\p{N}_]*(?:\\s+[\\p{L}_][\\p{L}\\p{N}_]*)?)\\s*,?\\s+(?:each|every one|jeweils|jede[rs]?|cada uno|cada um|chacun)\\s+(with|having|mit|con|com|avec)\\s+");
    /** The object list opens an entity clause: a noun (one or two words, optionally "a table"), then a with-word or "(". */
    private static final Pattern CLAUSE_START = Pattern.compile("(?i)^(?:(?:a |an |the |eine? )?(?:table|tabelle|tabla|tabela|table)\\s+)?[\\p{L}_][\\p{L}\\p{N}_]*(?:\\s+[\\p{L}_][\\p{L}\\p{N}_]*)?"
            + "\\s*(?:\\(|,?\\s+(?:each\\s+|jeweils\\s+)?(?:with|having|containing|storing|mit|con|com|avec)\\s)");

    /** "treatment_notes for each appointment": a named record per parent. */
    private static final Pattern FOR_EACH = Pattern.compile("(?i)^([\\p{L}][\\p{L}\\p{N}]*_[\\p{L}\\p{N}_]+)\\s+(?:for each|for every|per|for)\\s+(?:each |every |an? |the |one )?([\\p{L}_][\\p{L}\\p{N}_]*)$");

    /** The sentence without its opening when what it opens is an entity clause; otherwise the sentence as written. */
    static String strip(String sentence) {
        String s = sentence.trim();
        String before = "";
        for (int guard = 0; guard < 3; guard++) {
            int space = s.indexOf(' ');
            if (space < 0 || !FILLERS.contains(s.substring(0, space).toLowerCase(Locale.ROOT).replace(",", ""))) break;
            s = s.substring(space + 1).trim();
        }
        Matcher m = OPENING.matcher(s);
        if (!m.matches()) return sentence;
        String object = m.group(1);
        Matcher each = EACH_WITH.matcher(object);
        if (each.find()) object = each.group(1) + " " + each.group(2) + " " + object.substring(each.end());
        Matcher per = FOR_EACH.matcher(object.replaceAll("[.;]+$", ""));
        if (per.matches()) return per.group(1) + " per " + per.group(2); // "we want to record treatment_notes for each appointment"
        if (!CLAUSE_START.matcher(object).find()) return sentence;
        return before + object;
    }

    /** "A member can borrow many books, so we need loans with …": a consequence that opens a new entity clause is a sentence of its own. */
    private static final Pattern SO_WE = Pattern.compile("(?i),\\s+(?=(?:so|and so|therefore|hence|then|also)\\s+(?:we|i)\\s)");

    /** "A member can borrow many books over time": a subject, a verb and the many things it acts on. */
    private static final Pattern MANY_VERB = Pattern.compile("(?i)^(?:an? |each |every |the |one )?([\\p{L}_]+)\\s+(?:can |may |will |could |often )?([\\p{L}]+)\\s+(?:many|several|multiple|lots of|any number of)\\s+([\\p{L}_]+)(?:\\s+.*)?$");
    private static final Pattern RECORD_NOUN = Pattern.compile("^(?:(?:a |an |the )?(?:table\\s+))?([\\p{L}_][\\p{L}\\p{N}_]*)");

    static List<String> consequences(String line) {
        Matcher m = SO_WE.matcher(line);
        if (!m.find()) return List.of(line);
        String after = line.substring(m.end());
        String clause = strip(after);
        if (clause.equals(after)) return List.of(line);
        String before = line.substring(0, m.start());
        int boundary = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
        String earlier = boundary < 0 ? "" : before.substring(0, boundary + 1) + " ";
        Matcher many = MANY_VERB.matcher(before.substring(boundary + 1).trim());
        Matcher record = RECORD_NOUN.matcher(clause);
        if (many.matches() && record.find()) {
            // "A member can borrow many books, so we need loans with …": the record the consequence names is what links them
            String noun = Naming.singular(record.group(1));
            return List.of(earlier + after + ".", "each " + noun + " records which " + many.group(1) + " " + many.group(2) + " which " + Naming.singular(many.group(3)) + ".");
        }
        return List.of(before + ".", after);
    }
}
