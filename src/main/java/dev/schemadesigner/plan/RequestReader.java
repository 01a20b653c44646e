package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a design request into a {@link DesignDraft} before the catalogue is consulted. A small grammar:
 * the text is cut into lines (bullets and numbers stripped, indentation kept) and sentences; each
 * sentence is an entity clause — {@code name (attributes)}, {@code name: attributes},
 * {@code name with|has|stores|contains attributes} (and their Spanish, German, French and Portuguese
 * connecting words), a list of such clauses after a header ("a vet clinic: owners (…), pets (…)"),
 * a bare name on a line of a list — or something else (a relationship, an access path, a change, a
 * terse subject), which goes to {@code rest} for the phrase readers. Indented bullets under an entity
 * are its attributes.
 * <p>Stages, one file each: {@link RequestText} (lines, sentences, list items), {@link ClauseReader} and
 * {@link JoinClauses} (one sentence → entity clauses or rest), {@link EntityHeads} (the entity words name, with the
 * naming style of this request), {@link DraftEntity} and {@link AttributeReader} (attribute items and their hints),
 * {@link ConnectingWordTable} (the connecting words of the other languages, per token), {@link VerbLinks} (prose links).
 */
final class RequestReader {
    private final EntityHeads heads;
    private final ClauseReader clauses;

    private RequestReader(EntityHeads heads) {
        this.heads = heads;
        this.clauses = new ClauseReader(heads);
    }

    static DesignDraft read(String message) { return read(message, TableNames.PLURAL); }

    /** German plurals do not end in -s, so German requests keep the names as written; otherwise {@code style}. */
    static DesignDraft read(String message, TableNames style) {
        String text = RequestText.clean(message == null ? "" : message);
        long german = GERMAN.matcher(text).results().count() + GERMAN_FORMS.matcher(text).results().count();
        TableNames naming = german >= 2 && style == TableNames.PLURAL ? TableNames.AS_WRITTEN : style;
        Set<String> written = Set.copyOf(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")));
        return new RequestReader(new EntityHeads(naming, written)).readText(text);
    }

    /** "a customer reviews a product once", "a member can rate a recipe only once": subject, verb, object, once. */
    static final Pattern ONCE = Pattern.compile("(?i)^(?:an? |each |every |the |one )?([\\p{L}_]+)\\s+(?:(?:can|may|should|must)\\s+)?(?:only\\s+)?[\\p{L}]+\\s+(?:an? |the |each |any |one )?([\\p{L}_]+)\\s+(?:only |just |at most )?once(?:\\s+only)?[.]?$");

    /** "assignees are users (name)", "the authors are members": a role, then the entity it is. */
    static final Pattern ROLE = Pattern.compile("(?i)^(?:the |our |all )?([\\p{L}_]+s)\\s+are\\s+(?:(?:our|the|also|just|simply|regular|existing)\\s+)?([\\p{L}_]+s)\\s*(?:\\(([^()]*)\\))?\\s*[.;]?$");

    /** "…; we sum them per subscription", "…; a customer can't add the same product twice": a sentence with a subject and a verb of its own, not more attributes. */
    static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)^\\s*(?:(?:we|i|you|they|it|our|users?|customers?|people|wir|ich|nós|nosotros|nous)(?!\\s+(?:also\\s+)?(?:record|store|keep|track|save|log|note|need)\\b)|an? [\\p{L}_]+ (?:can|can't|cannot|may|must|should|will|won't))\\s");

    /** German by its letters and word forms rather than its words: umlauts, "_am" dates, "-ung(en)" nouns, "verweisen auf". */
    static final Pattern GERMAN_FORMS = Pattern.compile("(?i)[äöüß]|_am(?![\\p{L}\\p{N}_])|\\p{L}{3,}ungen?(?![\\p{L}])|(?<![\\p{L}])(verweisen|verweist|auf|ich|ist|sind|gehören|bekommen|brauche|brauchen|kein|keine)(?![\\p{L}])");

    static final Pattern GERMAN = Pattern.compile("(?i)(?<![\\p{L}])(mit|und|für|eine|einen|ein|der|die|das|hat|haben|gehört|jede[rsn]?|tabelle|nicht|über|zu|pro|wir|lege|erstelle|entwirf|jedes|einem|viele"
            + "|eindeutig|positiv|negativ|pflichtfeld|standardmäßig|standardwert|datum|zeitpunkt|leer|oder)(?![\\p{L}])");

    private DesignDraft readText(String text) {
        List<DraftEntity> entities = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        boolean listContext = false;
        DraftEntity open = null;
        List<RequestText.Line> lines = RequestText.lines(text);
        boolean multiLine = lines.size() > 1;
        for (int n = 0; n < lines.size(); n++) {
            RequestText.Line line = lines.get(n);
            if (open != null && line.bullet() && (line.indent() > open.indent || open.open && !open.fromBullet)) {
                open.addAttributes(line.text());
                continue;
            }
            if (open != null && !line.bullet() && open.open && line.indent() > open.indent) {
                open.addAttributes(line.text());
                continue;
            }
            open = null;
            DraftEntity last = null;
            boolean nextIsBullet = n + 1 < lines.size() && lines.get(n + 1).bullet();
            for (RequestText.Segment segment : RequestText.sentences(String.join(" ", ProseOpenings.consequences(line.text())))) {
                String sentence = DraftEntity.proseValues(ProseOpenings.strip(segment.text()));
                if (segment.afterSemicolon() && last != null && !ClauseShapes.startsEntityClause(sentence) && !clauses.isLinking(sentence) && !PRONOUN_SUBJECT.matcher(sentence).find() && !ClauseShapes.isOneAttributeClause(sentence.replaceAll("[.;]+$", ""))
                        && !ConnectingWords.isLink(ConnectingWords.english(sentence.toLowerCase(Locale.ROOT)))
                        && !isAccessPath(ConnectingWords.english(sentence.toLowerCase(Locale.ROOT).replaceAll("[.!?;]+$", "")))) {
                    last.addAttributes(sentence);
                    continue;
                }
                Matcher role = ROLE.matcher(sentence.trim());
                if (role.matches() && !Naming.singular(role.group(1).toLowerCase(Locale.ROOT)).equals(Naming.singular(role.group(2).toLowerCase(Locale.ROOT)))) {
                    // "assignees are users (name)": a role's key points to the entity it names
                    roles.put(Naming.singular(AttributeReader.name(role.group(1))) + "_id", role.group(2).toLowerCase(Locale.ROOT));
                    sentence = role.group(2) + (role.group(3) == null ? "" : " (" + role.group(3) + ")");
                }
                ClauseReader.Clause clause = clauses.clause(sentence, listContext || line.bullet() || multiLine, line.indent());
                if (clause.kind() == ClauseReader.Kind.REST && !entities.isEmpty() && isAttributeSentence(sentence) && !aboutAnEntity(sentence, entities)) {
                    DraftEntity target = last != null ? last : entities.get(entities.size() - 1);
                    String qualified = sentence.trim().replaceAll("^(?i)(the|its|each|every)\\s+", "");
                    int dot = qualified.indexOf('.');
                    if (dot > 0 && dot < qualified.indexOf(' ')) {
                        String owner = AttributeReader.name(qualified.substring(0, dot));
                        for (DraftEntity b : entities) if (b.name.equals(owner) || b.name.equals(Naming.plural(owner))) target = b;
                        qualified = qualified.substring(dot + 1);
                    }
                    target.addAttributes(qualified);
                    continue;
                }
                boolean colonLine = sentence.trim().endsWith(":") && nextIsBullet;
                if (colonLine && clause.kind() == ClauseReader.Kind.ENTITIES && clause.entities().size() == 1 && clause.entities().get(0).attributes.isEmpty()
                        && !headerIsEntity(lines, n)) clause = new ClauseReader.Clause(ClauseReader.Kind.HEADER, List.of(), "");
                if (clause.kind() == ClauseReader.Kind.HEADER && headerIsEntity(lines, n)) {
                    Optional<DraftEntity> named = heads.entity(sentence.replaceAll(":\\s*$", ""), line.indent());
                    if (named.isPresent()) clause = new ClauseReader.Clause(ClauseReader.Kind.ENTITIES, List.of(named.get()), "");
                }
                if (n == 0 && !line.bullet() && n + 1 < lines.size() && clause.kind() == ClauseReader.Kind.ENTITIES && clause.entities().size() == 1
                        && clause.entities().get(0).attributes.isEmpty() && ClauseShapes.startsEntityClause(lines.get(n + 1).text())) {
                    // "Claims handling" over bullets that are entity clauses of their own: a title, not an entity
                    clause = new ClauseReader.Clause(ClauseReader.Kind.HEADER, List.of(), "");
                }
                switch (clause.kind()) {
                    case HEADER -> {
                        listContext = true;
                        headers.add(sentence);
                    }
                    case ENTITIES -> {
                        for (DraftEntity b : clause.entities()) b.fromBullet = line.bullet();
                        for (String link : clause.restText().split("\n")) if (!link.isBlank()) rest.add(link);
                        for (DraftEntity b : clause.entities()) merge(entities, b);
                        open = clause.entities().get(clause.entities().size() - 1);
                        last = open;
                        if (!open.attributes.isEmpty()) open.open = false;
                    }
                    case REST -> {
                        if (nextIsBullet && n == 0 && !clause.restText().isBlank() && !ConnectingWords.isLink(clause.restText())) {
                            listContext = true;
                            headers.add(sentence);
                        } else for (String part : clause.restText().split("\n")) rest.add(part);
                    }
                }
            }
        }
        for (DraftEntity e : entities) {
            for (int i = 0; i < e.attributes.size(); i++) {
                Attribute a = e.attributes.get(i);
                String target = roles.get(a.name());
                if (target != null && a.hints().reference().isEmpty()) e.attributes.set(i, new Attribute(a.name(), a.hints().withReference(Optional.of(target))));
            }
        }
        if (entities.isEmpty()) rest.addAll(0, headers.stream().map(h -> ConnectingWords.english(h.toLowerCase(Locale.ROOT))).toList());
        for (DraftEntity e : entities) rest.addAll(e.links);
        rest.removeIf(link -> columnLink(link, entities));
        for (int i = 0; i < rest.size(); i++) {
            // "a customer reviews a product once": one row per the pair, in the entity that holds both keys
            Matcher once = ONCE.matcher(rest.get(i).trim());
            if (!once.matches()) continue;
            String left = Naming.singular(AttributeReader.name(once.group(1))) + "_id", right = Naming.singular(AttributeReader.name(once.group(2))) + "_id";
            for (DraftEntity e : entities) {
                if (e.attributes.stream().anyMatch(a -> a.name().equals(left)) && e.attributes.stream().anyMatch(a -> a.name().equals(right))) {
                    rest.set(i, "one " + Naming.singular(e.name) + " per " + once.group(1).toLowerCase(Locale.ROOT) + " and " + once.group(2).toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        if (!entities.isEmpty()) readProse(entities, rest);
        return new DesignDraft(entities.stream().map(DraftEntity::entity).toList(), rest);
    }

    /** Prose left over: the entities a sentence of keeping names, and the links verbs state between described entities. */
    private void readProse(List<DraftEntity> entities, List<String> rest) {
        Set<String> known = new java.util.HashSet<>();
        for (DraftEntity e : entities) known.addAll(List.of(e.name, Naming.plural(Naming.singular(e.name))));
        for (int i = 0; i < rest.size(); i++) {
            String line = rest.get(i);
            Optional<VerbLinks.Recorded> recorded = VerbLinks.recorded(line, known);
            if (recorded.isPresent() && !isReadElsewhere(line)) {
                Optional<DraftEntity> record = heads.entity(recorded.get().subject(), 0);
                if (record.isPresent()) {
                    if (!recorded.get().columns().isEmpty()) record.get().addAttributes(String.join(", ", recorded.get().columns()));
                    merge(entities, record.get());
                    known.add(record.get().name);
                    rest.remove(i);
                    for (String parent : recorded.get().parents()) rest.add(i, record.get().name + " belongs to " + parent);
                    i += recorded.get().parents().size() - 1;
                    continue;
                }
            }
            Optional<List<String>> stored = VerbLinks.stored(line);
            List<String> links = stored.isPresent() ? List.of() : VerbLinks.links(line, known);
            if (links.isEmpty() && stored.isEmpty()) links = VerbLinks.passive(line, known);
            if (stored.isEmpty() && links.isEmpty() || isReadElsewhere(line)) continue;
            if (stored.isPresent()) {
                for (String words : stored.get()) heads.entity(words, 0).ifPresent(b -> merge(entities, b));
                rest.remove(i--);
                continue;
            }
            rest.remove(i);
            rest.addAll(i, links);
            i += links.size() - 1;
        }
        for (String line : rest) {
            // "route_assignments references routes": the subject of a link to a described entity is an entity, named or not
            Matcher link = SUBJECT_LINK.matcher(line.trim());
            if (!link.matches() || !describes(known, link.group(2))) continue;
            String subject = link.group(1);
            if (describes(known, subject)) continue;
            if (!subject.contains("_") && !EntityHeads.isPluralWord(subject) && link.group(0).matches("(?i)^(?:each|every|an?|the) .*") == false) continue;
            heads.entity(subject, 0).filter(e -> !e.name.equals("x")).ifPresent(e -> {
                merge(entities, e);
                known.add(e.name);
            });
        }
    }

    /** "Readings are linked to devices": a sentence whose subject is a described entity is about it, not about one of its attributes. */
    private static boolean aboutAnEntity(String sentence, List<DraftEntity> entities) {
        String subject = sentence.trim().replaceAll("^(?i)(the|its|each|every|an?)\\s+", "").split("[\\s.]+")[0];
        Set<String> names = new java.util.HashSet<>();
        for (DraftEntity e : entities) names.add(e.name);
        // "tickets.email is unique" names its column
        return describes(names, subject) && !sentence.trim().matches("(?i)^(?:the |its |each |every |an? )?[\\p{L}_][\\p{L}\\p{N}_]*\\.[\\p{L}_].*");
    }

    /** Whether a word names a described entity in any language's number: "ticket" → tickets, "rechnung" → rechnungen, "autor" → autores. */
    static boolean describes(Set<String> known, String word) {
        String name = AttributeReader.name(word);
        if (known.contains(name) || known.contains(Naming.plural(Naming.singular(name)))) return true;
        for (String k : known) if (k.startsWith(name) && k.length() - name.length() <= 3 || name.startsWith(k) && name.length() - k.length() <= 3) return true;
        // German plurals change the vowel: "beitrag" → beitraege (Beiträge), "buch" → buecher
        String plain = withoutUmlauts(name);
        for (String k : known) {
            String p = withoutUmlauts(k);
            if (!p.equals(k) && p.startsWith(plain) && p.length() - plain.length() <= 3) return true;
        }
        return false;
    }

    private static String withoutUmlauts(String name) { return name.replace("ae", "a").replace("oe", "o").replace("ue", "u"); }

    /** A canonical link whose subject is one word: "route_assignments belongs to routes", "each walk belongs to dog". */
    private static final Pattern SUBJECT_LINK = Pattern.compile("^(?:(?:each|every|an?|the)\\s+)?([\\p{L}_][\\p{L}\\p{N}_]*)\\s+(?:belongs to|references)\\s+(?:(?:an?|the|one)\\s+)?([\\p{L}_][\\p{L}\\p{N}_]*)$");

    /** "…; the ops team filters shipments by status": a sentence after a semicolon that is not more attributes. */
    private static boolean isAccessPath(String line) {
        if (line.matches(".*\\b(once|one|unique|only)\\b.*\\bper\\b.*")) return false; // "only once per day and slot": the entity's own rule
        return QueryPhrases.clauses(line).stream().anyMatch(QueryPhrases::looksLikeAccessPath);
    }

    /** A link, a change or an access path: the phrase readers after this one read it. */
    private static boolean isReadElsewhere(String line) {
        return ConnectingWords.isLink(line) || ChangeRequestParser.recognizes(line) || QueryPhrases.clauses(line).stream().anyMatch(QueryPhrases::looksLikeAccessPath);
    }

    /** "tickets.assignee_id references agents (optional until triaged)": a link that names its column. */
    private static final Pattern COLUMN_LINK = Pattern.compile("^(?:the |each |every )?([\\p{L}_][\\p{L}\\p{N}_]*)\\.([\\p{L}_][\\p{L}\\p{N}_]*)\\s+(belongs to|references|->|points to|refers to)\\s+(.+)$");

    /** A link naming an entity's column becomes that column's reference, with the hints written after it; false when it is not one. */
    private static boolean columnLink(String link, List<DraftEntity> entities) {
        List<String> parts = RequestText.split(link, false);
        if (parts.size() > 1 && parts.stream().allMatch(p -> owner(p, entities).isPresent())) {
            // "agents.team_id references teams, tickets.assignee_id references agents": one link per part
            parts.forEach(p -> columnLink(p, entities));
            return true;
        }
        Matcher m = COLUMN_LINK.matcher(link.trim());
        Optional<DraftEntity> owner = owner(link, entities);
        if (!m.matches() || owner.isEmpty()) return false;
        owner.get().addAttributes(m.group(2) + " references " + m.group(4));
        return true;
    }

    private static Optional<DraftEntity> owner(String link, List<DraftEntity> entities) {
        Matcher m = COLUMN_LINK.matcher(link.trim());
        if (!m.matches()) return Optional.empty();
        Optional<DraftEntity> exact = entities.stream().filter(e -> e.name.equals(m.group(1)) || e.name.equals(Naming.plural(m.group(1)))).findFirst();
        // "beitrag.autor_id" for beitraege: the owner in another language's number
        return exact.isPresent() ? exact : entities.stream().filter(e -> describes(Set.of(e.name), m.group(1))).findFirst();
    }

    /** "owners:" followed by bullets of its own attributes is an entity; "HR onboarding:" followed by bullets with sub-bullets is a header. */
    private boolean headerIsEntity(List<RequestText.Line> lines, int at) {
        String text = lines.get(at).text().replaceAll(":\\s*$", "");
        if (ClauseShapes.DOMAIN.matcher(text).find() || text.toLowerCase(Locale.ROOT).matches(".*\\b(tables|entities|tablas|tabellen|tabelas)\\b.*")) return false;
        int base = -1;
        for (int i = at + 1; i < lines.size(); i++) {
            RequestText.Line l = lines.get(i);
            if (!l.bullet()) break;
            if (base < 0) base = l.indent();
            if (l.indent() > base) return false;
            if (ClauseShapes.startsEntityClause(l.text()) || l.text().contains(":")) return false;
        }
        return base >= 0;
    }

    static final Pattern ATTRIBUTE_SENTENCE = Pattern.compile("(?i)^(?:the |its |each |every )?[\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}_][\\p{L}\\p{N}_]*)?"
            + "(?: [\\p{L}_]+)?\\s+(?:must|should|is|are|can|may|defaults?|has to|needs to|cannot|can't|will|stays?|is always|are always|has a default)\\b(.*)$");

    /** "total must be non-negative", "tickets.email is unique", "status defaults to 'open'": a hint about an attribute. */
    static boolean isAttributeSentence(String sentence) {
        Matcher m = ATTRIBUTE_SENTENCE.matcher(sentence.trim());
        return m.matches() && (AttributeReader.hintWords(m.group(1).toLowerCase(Locale.ROOT)) || m.group(1).matches("(?s).*['\"].*"));
    }

    static void merge(List<DraftEntity> entities, DraftEntity b) {
        for (DraftEntity e : entities) {
            if (e.name.equals(b.name)) {
                for (Attribute a : b.attributes) if (e.attributes.stream().noneMatch(x -> x.name().equals(a.name()))) e.attributes.add(a);
                return;
            }
        }
        entities.add(b);
    }

    /** How table names are made from the words: plural (the default), or as written (a project with singular names, German). */
    enum TableNames { PLURAL, AS_WRITTEN }
}
