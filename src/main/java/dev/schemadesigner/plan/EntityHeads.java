package dev.schemadesigner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity a head of words names, with the table-naming style of this request passed in (plural, or as written for a
 * project with singular names or a German request).
 */
final class EntityHeads {
    /** Naming without a request's style: for asking whether words name an entity at all (the answer does not depend on the style). */
    static final EntityHeads ANY = new EntityHeads(RequestReader.TableNames.PLURAL, Set.of());

    private final RequestReader.TableNames style;
    /** The request's words in lower case: a name kept as written takes the plural the user wrote elsewhere. */
    private final Set<String> written;

    EntityHeads(RequestReader.TableNames style, Set<String> written) {
        this.style = style;
        this.written = Set.copyOf(written);
    }

    /** Whether a head names an entity. */
    static boolean names(String head) { return ANY.entity(head, 0).isPresent(); }

    static final Pattern CALLED = Pattern.compile("(?i)(?:called|named|llamad[ao]|denominad[ao]|genannt|namens|appelée?|nommée?|chamad[ao])\\s+[`\"']?([\\p{L}_][\\p{L}\\p{N}_ ]*?)[`\"']?\\s*$");
    static final Set<String> HEAD_FILLER = Set.of("design", "create", "build", "add", "make", "model", "need", "needs", "want", "please", "a", "an", "the", "new", "table", 
            "tables", "each", "every", "one", "we", "i", "also", "then", "and", "also,", "plus", "another", "entity", "called", 
            "named", "there", "is", "are", "should", "be", "must", "can", "will", "let", "lets", "let's", "us", "it", "our", "my", 
            "some", "with", "of", "for", "to", "cada", "un", "una", "el", "la", "los", "las", "tabla", "tablas", "crea", "crear", 
            "necesito", "necesitamos", "jede", "jeder", "jedes", "ein", "eine", "einen", "der", "die", "das", "tabelle", "erstelle", 
            "brauchen", "chaque", "une", "le", "les", "créer", "crée", "o", "os", "um", "uma", "tabela", "tabelas", "criar", "crie", 
            "precisamos", "y", "und", "et", "e", "store", "keep", "track", "that", "which", "who", "join", "junction", "link", 
            "association", "bridge", "pivot", "also:", "finally", "next", "here", "called:", "añade", "añadir", "agrega", "agregar", 
            "quiero", "queremos", "ajoute", "ajouter", "ajoutez", "nous", "voulons", "avons", "besoin", "adicione", "adicionar", 
            "füge", "hinzu", "lege", "entwirf", "wir", "ich", "benötigen", "neue", "nueva", "nuevo", "nouvelle", "nouveau", "nova", 
            "novo", "llamada", "llamado", "appelée", "chamada", "namens",
            // quantities before a name: "several cart_items", "both routes", "mehrere Positionen"
            "several", "many", "multiple", "both", "either", "various", "few", "varios", "varias", "muchos", "muchas", "vários", "várias", "muitos",
            "muitas", "plusieurs", "mehrere", "viele", "beide", "ambos", "ambas", "todos", "todas", "tous", "toutes", "alle", "too", "aussi", "auch", "también", "também");

    static final Pattern AFTER_TABLE_WORD = Pattern.compile("(?i)(?:^|\\s)(?:table|tabla|tabelle|tabela)\\s+([\\p{L}_][\\p{L}\\p{N}_]*)(?:\\s+(?:that|which|que|qui|die|der|das|welche))?\\s*$");
    /** "reserva es de …": a head with a verb of being in it is a sentence, not a name. */
    static final Set<String> BE = Set.of("is", "are", "es", "son", "est", "sont", "ist", "sind", "é", "são", "was", "were", "está", "están");
    static final Pattern FOR = Pattern.compile("(?i)\\s(?:for|para|für|pour|of|de|per|pro)\\s");
    static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "each", "every", "one");

    /** The entity a head names: "a table called X", "the X table", "each X", "X" — at most four words after the filler. */
    Optional<DraftEntity> entity(String head, int indent) {
        String h = head.trim().replaceAll("^[-*•]\\s*", "").replaceAll("[`\"*_]{2,}|^[`\"']|[`\"']$", "").trim();
        if (h.isEmpty()) return Optional.empty();
        Matcher called = CALLED.matcher(h);
        if (called.find()) return named(called.group(1), false, indent);
        h = h.replaceAll("^.*(?:\\s-\\s|--|:|->)\\s*", "").trim();
        Matcher after = AFTER_TABLE_WORD.matcher(h);
        if (after.find() && !HEAD_FILLER.contains(after.group(1).toLowerCase(Locale.ROOT)) && !FOR.matcher(" " + after.group(1) + " ").find()) {
            // "Ich brauche eine Tabelle orders", "crea la tabla pedidos": the name follows the table word, whatever came before it
            return named(after.group(1), false, indent);
        }
        Matcher forWhat = FOR.matcher(h);
        if (forWhat.find() && forWhat.start() > 0) {
            Optional<DraftEntity> before = entity(h.substring(0, forWhat.start()), indent);
            if (before.isPresent()) return before;
        }
        h = h.replaceAll("^(?i)(?:join|junction|link|association|bridge|pivot) table\\s+", "");
        List<String> words = new ArrayList<>(List.of(h.replaceAll("[`\"']", "").split("\\s+")));
        boolean singularDeterminer = false;
        boolean tableWord = false;
        while (!words.isEmpty() && HEAD_FILLER.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            String w = words.remove(0).toLowerCase(Locale.ROOT);
            if (SINGULAR_DETERMINERS.contains(w)) singularDeterminer = true;
            if (ClauseShapes.TABLE_WORD.matcher(w).matches()) tableWord = true;
        }
        while (!words.isEmpty() && HEAD_FILLER.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            String w = words.remove(words.size() - 1).toLowerCase(Locale.ROOT);
            if (ClauseShapes.TABLE_WORD.matcher(w).matches()) tableWord = true;
        }
        // "one settings row per user": a row of a thing is the thing
        if (words.size() >= 2 && words.get(words.size() - 1).toLowerCase(Locale.ROOT).matches("rows?|records?|entry")) words.remove(words.size() - 1);
        if (words.isEmpty() || words.size() > 3) return Optional.empty();
        if (words.size() == 3 && isPluralWord(words.get(0)) && words.get(1).toLowerCase(Locale.ROOT).matches("[a-z]{3,}ing")) {
            words = List.of(words.get(0)); // "registrations linking them": the noun a participle describes
        } else if (words.size() == 3 && isPluralWord(words.get(0)) && COMMON_VERBS.contains(words.get(1).toLowerCase(Locale.ROOT))) {
            // "people submit expenses", "walkers sign up": a subject, a verb and maybe an object — the object, else the subject
            String last = words.get(2);
            words = List.of(isPluralWord(last) ? last : words.get(0));
        }
        for (String w : words) if (!w.matches("[\\p{L}_][\\p{L}\\p{N}_-]*") || (HEAD_FILLER.contains(w.toLowerCase(Locale.ROOT)) || BE.contains(w.toLowerCase(Locale.ROOT))) && !w.contains("_")) return Optional.empty();
        return named(String.join(" ", words), true, indent);
    }

    /** Verbs that put a subject before its object in a head ("people submit expenses"), so "sales order lines" stays a name. */
    static final Set<String> COMMON_VERBS = Set.of("submit", "book", "place", "make", "create", "write", "send", "receive", "sign", "log",
            "buy", "sell", "rent", "borrow", "post", "upload", "file", "raise", "request", "take", "give", "leave", "publish", "share", "follow",
            "join", "attend", "enroll", "register", "rate", "review", "own", "manage", "schedule", "teach", "visit", "earn", "pay", "add", "keep",
            "get", "have", "hold", "use", "run", "check", "save", "collect", "report", "record", "issue", "win", "play", "read", "watch", "drive");

    static boolean isPluralWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.equals("people") || lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && !lower.contains("_") && !Naming.singular(lower).equals(lower);
    }

    Optional<DraftEntity> named(String words, boolean pluralize, int indent) {
        String name = Naming.fit(AttributeReader.name(words));
        if (name.equals("x")) return Optional.empty();
        if (pluralize && style == RequestReader.TableNames.PLURAL) name = Naming.fit(Naming.plural(name));
        else if (pluralize && written.contains(Naming.plural(name))) name = Naming.fit(Naming.plural(name)); // "Ein ticket … Tickets"
        if (pluralize && !name.contains("_") && !written.contains(name)) {
            // "record treatment_notes for each appointment. A note has a body": the one compound the user wrote ending in the word
            String suffix = "_" + name;
            List<String> compounds = written.stream().filter(w -> w.endsWith(suffix) && w.length() > suffix.length()).toList();
            if (compounds.size() == 1) name = compounds.get(0);
        }
        return Optional.of(new DraftEntity(name, words.toLowerCase(Locale.ROOT), indent));
    }
}
