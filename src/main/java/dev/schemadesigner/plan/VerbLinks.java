package dev.schemadesigner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Prose that links entities by what one does to another: "patients book sessions with a therapist", "buyers place offers
 * on listings", "teachers teach lessons to pupils". Read as words: a subject that names an entity, a verb, an object that
 * names an entity the request describes, and optionally a preposition and a third entity. The object is the record the
 * subject makes, so it belongs to the subject and to the third entity. Also "we need to store therapists and patients":
 * the entities a request names without attributes.
 */
final class VerbLinks {
    private VerbLinks() {}

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "each", "every", "one", "their", "its", "our", "some", "many", "several");
    private static final Set<String> LINKING = Set.of("with", "to", "on", "for", "at", "from", "in", "by");
    private static final Set<String> NOT_VERBS = Set.of("is", "are", "has", "have", "was", "were", "be", "can", "may", "must", "should", "will", "and", "or",
            "that", "which", "who", "belongs", "belong", "references", "per", "of");
    private static final Set<String> STORE = Set.of("store", "track", "keep", "manage", "record", "save", "hold");

    /**
     * The links the sentence states as "belongs to" sentences: {@code known} are the entities the request describes (table names);
     * the object must be one of them. Empty when the sentence is not of this form.
     */
    static List<String> links(String englishSentence, Set<String> known) {
        List<String> words = new ArrayList<>(List.of(englishSentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_' ]", " ").trim().split("\\s+")));
        int at = 0;
        while (at < words.size() && DETERMINERS.contains(words.get(at))) at++;
        if (at + 2 >= words.size()) return List.of();
        String subject = words.get(at);
        if (!isEntityWord(subject) || !EntityHeads.isPluralWord(subject) && !known.contains(table(subject))) return List.of();
        int verb = at + 1;
        if (words.get(verb).equals("can") || words.get(verb).equals("may")) verb++;
        if (verb >= words.size() || NOT_VERBS.contains(words.get(verb)) || isEntityWord(words.get(verb)) && known.contains(table(words.get(verb)))) return List.of();
        int o = verb + 1;
        if (o < words.size() && words.get(o).equals("up")) o++; // "sign up"
        while (o < words.size() && DETERMINERS.contains(words.get(o))) o++;
        if (o >= words.size()) return List.of();
        String object = table(words.get(o));
        if (!known.contains(object) || object.equals(table(subject))) return List.of();
        List<String> out = new ArrayList<>(List.of(object + " belongs to " + table(subject)));
        int p = o + 1;
        if (p < words.size() && LINKING.contains(words.get(p))) {
            int c = p + 1;
            while (c < words.size() && DETERMINERS.contains(words.get(c))) c++;
            if (c < words.size() && isEntityWord(words.get(c)) && !table(words.get(c)).equals(object)) out.add(object + " belongs to " + table(words.get(c)));
        }
        return out;
    }

    private static final Set<String> RECORDING = Set.of("records", "record", "logs", "log", "tracks", "track", "notes", "captures", "says", "shows",
            "stores", "holds", "links", "connects", "pairs", "tells", "remembers", "saves");
    /** Articles of the other languages before a parent: "de una habitación", "von einem Kunden". */
    private static final Set<String> ONE_OF = Set.of("un", "una", "une", "um", "uma", "ein", "eine", "einem", "einer", "y", "und", "et", "e", "and");
    private static final Set<String> WHICH = Set.of("which", "what", "whichever", "the", "a", "an", "one", "its", "their");

    /** The subject of a sentence that records others, the entities it records, and the column names it writes (snake_case words). */
    record Recorded(String subject, List<String> parents, List<String> columns) {}

    private static final Set<String> BE = Set.of("is", "are", "gets", "get", "es", "son", "est", "sont", "é", "são", "ist", "sind", "was", "were");
    private static final Set<String> OF = Set.of("of", "de", "von", "for", "by", "between", "from", "with", "para", "pour", "für", "entre", "zwischen");

    /**
     * "each ascent records which member climbed which route and when", "a vote links a voter to an option": a record of the
     * entities it names after a verb of recording. The subject may be new (it is the record); the others must be {@code known}.
     */
    static Optional<Recorded> recorded(String englishSentence, Set<String> known) {
        List<String> words = List.of(englishSentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_' ]", " ").trim().split("\\s+"));
        int at = 0;
        while (at < words.size() && DETERMINERS.contains(words.get(at))) at++;
        if (at + 2 >= words.size() || !isEntityWord(words.get(at))) return Optional.empty();
        String subject = words.get(at);
        int after = at + 2;
        if (!RECORDING.contains(words.get(at + 1))) {
            // "a walk is booked for one dog with one walker", "cada reserva es de una habitación y un huésped": a passive record
            if (!BE.contains(words.get(at + 1)) || known.contains(table(subject))) return Optional.empty();
            after = at + 2;
            if (after < words.size() && words.get(after).matches("\\p{L}{3,}(?:ed|en|t|do|da|é|ée|t)")) after++;
            if (after >= words.size() || !OF.contains(words.get(after))) return Optional.empty();
        }
        List<String> parents = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int i = after; i < words.size(); i++) {
            String t = knownTable(words.get(i), known).orElse("");
            if (isEntityWord(words.get(i)) && !t.isEmpty() && !t.equals(table(subject)) && !parents.contains(t)
                    && (i == after || WHICH.contains(words.get(i - 1)) || LINKING.contains(words.get(i - 1)) || OF.contains(words.get(i - 1)) || ONE_OF.contains(words.get(i - 1)))) {
                parents.add(t);
                written.add(AttributeReader.name(words.get(i))); // as written, so the key is named after the word ("huésped" → huesped_id)
            }
        }
        List<String> columns = words.subList(after, words.size()).stream().filter(w -> w.matches("[\\p{L}][\\p{L}\\p{N}]*_[\\p{L}\\p{N}_]+")).toList();
        return parents.isEmpty() ? Optional.empty() : Optional.of(new Recorded(subject, written, columns));
    }

    /** "we need to store therapists and patients": the plural nouns after a verb of keeping, when nothing else follows them. */
    static Optional<List<String>> stored(String englishSentence) {
        String s = englishSentence.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").trim();
        List<String> words = List.of(s.split("\\s+"));
        int verb = -1;
        for (int i = 0; i < words.size(); i++) if (STORE.contains(words.get(i))) verb = i;
        if (verb < 0 || verb + 1 >= words.size()) return Optional.empty();
        List<String> items = RequestText.split(String.join(" ", words.subList(verb + 1, words.size())), true);
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String w = item.trim();
            if (w.contains(" ") || !EntityHeads.isPluralWord(w)) return Optional.empty();
            out.add(w);
        }
        return out.size() >= 2 ? Optional.of(out) : Optional.empty();
    }

    /** The described table a word names in either number, in any language: "huésped" → huespedes, "member" → members. */
    private static Optional<String> knownTable(String word, Set<String> known) {
        if (known.contains(table(word))) return Optional.of(table(word));
        String name = AttributeReader.name(word);
        return known.stream().filter(k -> name.length() >= 3 && k.startsWith(name) && k.length() - name.length() <= 2).findFirst();
    }

    private static boolean isEntityWord(String w) { return w.matches("[\\p{L}_]{3,}") && !NOT_VERBS.contains(w) && !DETERMINERS.contains(w); }

    private static String table(String word) { return Naming.plural(Naming.singular(AttributeReader.name(word))); }

    private static final Set<String> MAY = Set.of("may", "can", "optionally", "might", "sometimes", "could");
    private static final Set<String> PARTICIPLES = Set.of("done", "given", "made", "held", "written", "kept", "sold", "run", "taken", "seen", "led", "paid", "sent", "built", "owned", "put");

    /**
     * "each ticket is opened by a customer and may be assigned to an agent", "every walk is booked by a client for one dog and
     * done by a walker": a described subject, then passive verbs, each with a preposition and a described entity it belongs to;
     * "may", "can", "optionally" before a verb make that link optional.
     */
    static List<String> passive(String englishSentence, Set<String> known) {
        List<String> words = List.of(englishSentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_' ]", " ").trim().split("\\s+"));
        int at = 0;
        while (at < words.size() && DETERMINERS.contains(words.get(at))) at++;
        if (at + 3 >= words.size() || !isEntityWord(words.get(at))) return List.of();
        Optional<String> subject = knownTable(words.get(at), known);
        if (subject.isEmpty()) return List.of();
        int be = at + 1;
        while (be < words.size() && MAY.contains(words.get(be))) be++;
        if (be < words.size() && words.get(be).equals("be")) be++;
        else if (be < words.size() && BE.contains(words.get(be))) be++;
        else return List.of();
        List<String> out = new ArrayList<>();
        boolean optional = false;
        int participle = -1;
        for (int i = at + 1; i < words.size(); i++) {
            String w = words.get(i);
            if (MAY.contains(w)) optional = true;
            if (i >= be && (w.matches("\\p{L}{3,}(?:ed|en)") || PARTICIPLES.contains(w))) participle = i;
            if (!LINKING.contains(w) || participle < 0 || i - participle > 3) continue;
            int c = i + 1;
            while (c < words.size() && DETERMINERS.contains(words.get(c))) c++;
            if (c >= words.size()) break;
            Optional<String> object = knownTable(words.get(c), known);
            if (object.isPresent() && !object.get().equals(subject.get())) {
                out.add(subject.get() + (optional ? " may belong to " : " belongs to ") + Naming.singular(object.get()));
                optional = false;
                participle = c;
            }
            i = c;
        }
        return out;
    }
}
