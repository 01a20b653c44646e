package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;
import dev.schemadesigner.plan.DesignDraft.Entity;
import dev.schemadesigner.plan.DesignDraft.Hints;

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
 */
final class RequestReader {
    private RequestReader() {}

    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*•+·]|\\d{1,2}[.)]|[a-z][.)]|#+)\\s+(.*)$");
    private static final Pattern WITH = Pattern.compile("(?i)(?<![\\p{L}])(with|having|has|have|stores|store|storing|contains|contain|containing|holds|includes|including|keeps|tracks"
            + "|con|tiene|tienen|guarda|guardan|almacena|mit|hat|haben|speichert|enthält|avec|contient|possède|ont|com|tem|têm|possui|armazena|guarda)(?![\\p{L}])\\s*(?:the |its |these |following |fields|columns|attributes|campos|columnas|felder|spalten|champs|colonnes|colunas|atributos|:|\\s)*");
    private static final Pattern FRENCH_A = Pattern.compile("(?i)^(.+?)\\s+a\\s+(?=(?:un|une|des|le|la|les|l')\\s)");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\p{L}])(schema|schemas|database|databases|db|tables|entities|models|system|app|application|platform|service|website|site|backend"
            + "|esquema|base de datos|tablas|entidades|sistema|aplicación|datenbank|datenbankschema|tabellen|entitäten|anwendung|schéma|base de données|entités|système"
            + "|banco de dados|tabelas|aplicativo|plataforma|plateforme|plattform|for an?|para una?|für eine?n?|pour une?|para um|para uma|design|diseña|entwirf|conçois|projete|modelo)(?![\\p{L}])");
    private static final Pattern TABLE_WORD = Pattern.compile("(?i)(?<![\\p{L}])(table|tabla|tabelle|tabela)(?![\\p{L}])");
    private static final Pattern CALLED = Pattern.compile("(?i)(?:called|named|llamad[ao]|denominad[ao]|genannt|namens|appelée?|nommée?|chamad[ao])\\s+[`\"']?([\\p{L}_][\\p{L}\\p{N}_ ]*?)[`\"']?\\s*$");
    private static final Set<String> HEAD_FILLER = Set.of("design", "create", "build", "add", "make", "model", "need", "needs", "want", "please", "a", "an", "the", "new", "table", 
            "tables", "each", "every", "one", "we", "i", "also", "then", "and", "also,", "plus", "another", "entity", "called", 
            "named", "there", "is", "are", "should", "be", "must", "can", "will", "let", "lets", "let's", "us", "it", "our", "my", 
            "some", "with", "of", "for", "to", "cada", "un", "una", "el", "la", "los", "las", "tabla", "tablas", "crea", "crear", 
            "necesito", "necesitamos", "jede", "jeder", "jedes", "ein", "eine", "einen", "der", "die", "das", "tabelle", "erstelle", 
            "brauchen", "chaque", "une", "le", "les", "créer", "crée", "o", "os", "um", "uma", "tabela", "tabelas", "criar", "crie", 
            "precisamos", "y", "und", "et", "e", "store", "keep", "track", "that", "which", "who", "join", "junction", "link", 
            "association", "bridge", "pivot", "also:", "finally", "next", "here", "called:", "añade", "añadir", "agrega", "agregar", 
            "quiero", "queremos", "ajoute", "ajouter", "ajoutez", "nous", "voulons", "avons", "besoin", "adicione", "adicionar", 
            "füge", "hinzu", "lege", "entwirf", "wir", "ich", "benötigen", "neue", "nueva", "nuevo", "nouvelle", "nouveau", "nova", 
            "novo", "llamada", "llamado", "appelée", "chamada", "namens");
    private static final String MANY = "many|multiple|several|one or more|zero or more|lots of|a list of|a number of|any number of|some|muchos|muchas|varios|varias"
            + "|uno o más|una o más|viele|mehrere|ein oder mehrere|plusieurs|de nombreux|de nombreuses|un ou plusieurs|muitos|muitas|vários|várias|um ou mais";
    /** "A warehouse has many bins (code, capacity)", "each client has one or more dogs, with name and breed": a link and the child's attributes. */
    private static final Pattern HAS_MANY_WITH = Pattern.compile("(?i)^(.*?)\\s+(?:has|have|can have|contains?|owns?|includes?|holds?|tiene|tienen|puede tener|hat|haben|kann|a|ont|peut avoir|tem|têm|pode ter)\\s+"
            + "(?:" + MANY + ")\\s+([\\p{L}_][\\p{L}\\p{N}_]*(?:\\s+[\\p{L}_][\\p{L}\\p{N}_]*)?)\\s*(?:\\((.*)\\)|,?\\s*(?:each )?(?:with|having|con|mit|avec|com)\\s+(.*))$");
    /** "tickets -> requesters, with subject, body": the child, its parent and its attributes. */
    private static final Pattern LINKED_WITH = Pattern.compile("(?i)^([\\p{L}_][\\p{L}\\p{N}_ ]*?)\\s*(?:->|references|belongs to|refers to)\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*,?\\s*(?:with|having|:)\\s+(.*)$");
    private static final Pattern FOR = Pattern.compile("(?i)\\s(?:for|para|für|pour|of|de)\\s");
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "each", "every", "one");

    private record Line(int indent, boolean bullet, String text) {}

    /** An entity while it is being read (indented bullets may add attributes). */
    private static final class Building {
        final String name;
        final String words;
        final int indent;
        final List<Attribute> attributes = new ArrayList<>();
        final List<String> key = new ArrayList<>();
        boolean open;

        Building(String name, String words, int indent) {
            this.name = name;
            this.words = words;
            this.indent = indent;
        }
    }

    static DesignDraft read(String message) { return read(message, TableNames.PLURAL); }

    /** German plurals do not end in -s, so German requests keep the names as written; otherwise {@code style}. */
    static DesignDraft read(String message, TableNames style) {
        String text = clean(message == null ? "" : message);
        STYLE.set(GERMAN.matcher(text).results().count() >= 2 && style == TableNames.PLURAL ? TableNames.AS_WRITTEN : style);
        try {
            return readText(text);
        } finally {
            STYLE.remove();
        }
    }

    private static final Pattern GERMAN = Pattern.compile("(?i)(?<![\\p{L}])(mit|und|für|eine|einen|ein|der|die|das|hat|haben|gehört|jede[rsn]?|tabelle|nicht|über|zu|pro|wir|lege|erstelle|entwirf|jedes|einem|viele)(?![\\p{L}])");

    private static DesignDraft readText(String text) {
        List<Building> entities = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        boolean listContext = false;
        Building open = null;
        List<Line> lines = lines(text);
        boolean multiLine = lines.size() > 1;
        for (int n = 0; n < lines.size(); n++) {
            Line line = lines.get(n);
            if (open != null && line.bullet() && (line.indent() > open.indent || open.open)) {
                addAttributes(open, line.text());
                continue;
            }
            if (open != null && !line.bullet() && open.open && line.indent() > open.indent) {
                addAttributes(open, line.text());
                continue;
            }
            open = null;
            Building last = null;
            boolean nextIsBullet = n + 1 < lines.size() && lines.get(n + 1).bullet();
            for (Segment segment : sentences(line.text())) {
                String sentence = segment.text();
                if (segment.afterSemicolon() && last != null && !startsEntityClause(sentence)) {
                    addAttributes(last, sentence);
                    continue;
                }
                Clause clause = clause(sentence, listContext || line.bullet() || multiLine, line.indent());
                if (clause.kind == Kind.REST && !entities.isEmpty() && isAttributeSentence(sentence)) {
                    Building target = last != null ? last : entities.get(entities.size() - 1);
                    String qualified = sentence.trim().replaceAll("^(?i)(the|its|each|every)\\s+", "");
                    int dot = qualified.indexOf('.');
                    if (dot > 0 && dot < qualified.indexOf(' ')) {
                        String owner = AttributeReader.name(qualified.substring(0, dot));
                        for (Building b : entities) if (b.name.equals(owner) || b.name.equals(Naming.plural(owner))) target = b;
                        qualified = qualified.substring(dot + 1);
                    }
                    addAttributes(target, qualified);
                    continue;
                }
                boolean colonLine = sentence.trim().endsWith(":") && nextIsBullet;
                if (colonLine && clause.kind == Kind.ENTITIES && clause.entities.size() == 1 && clause.entities.get(0).attributes.isEmpty()
                        && !headerIsEntity(lines, n)) clause = new Clause(Kind.HEADER, List.of(), "");
                if (clause.kind == Kind.HEADER && headerIsEntity(lines, n)) {
                    Optional<Building> named = entity(sentence.replaceAll(":\\s*$", ""), line.indent());
                    if (named.isPresent()) clause = new Clause(Kind.ENTITIES, List.of(named.get()), "");
                }
                switch (clause.kind) {
                    case HEADER -> {
                        listContext = true;
                        headers.add(sentence);
                    }
                    case ENTITIES -> {
                        for (String link : clause.restText.split("\n")) if (!link.isBlank()) rest.add(link);
                        for (Building b : clause.entities) merge(entities, b);
                        open = clause.entities.get(clause.entities.size() - 1);
                        last = open;
                        if (!open.attributes.isEmpty()) open.open = false;
                    }
                    case REST -> {
                        if (nextIsBullet && n == 0 && !clause.restText.isBlank() && !ConnectingWords.isLink(clause.restText)) {
                            listContext = true;
                            headers.add(sentence);
                        } else rest.add(clause.restText);
                    }
                }
            }
        }
        if (entities.isEmpty()) rest.addAll(0, headers.stream().map(h -> ConnectingWords.english(h.toLowerCase(Locale.ROOT))).toList());
        return new DesignDraft(entities.stream().map(b -> new Entity(b.name, b.words, b.attributes, b.key)).toList(), rest);
    }

    /** "owners:" followed by bullets of its own attributes is an entity; "HR onboarding:" followed by bullets with sub-bullets is a header. */
    private static boolean headerIsEntity(List<Line> lines, int at) {
        String text = lines.get(at).text().replaceAll(":\\s*$", "");
        if (DOMAIN.matcher(text).find() || text.toLowerCase(Locale.ROOT).matches(".*\\b(tables|entities|tablas|tabellen|tabelas)\\b.*")) return false;
        int base = -1;
        for (int i = at + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.bullet()) break;
            if (base < 0) base = l.indent();
            if (l.indent() > base) return false;
            if (startsEntityClause(l.text()) || l.text().contains(":")) return false;
        }
        return base >= 0;
    }

    private static final Pattern ATTRIBUTE_SENTENCE = Pattern.compile("(?i)^(?:the |its |each |every )?[\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}_][\\p{L}\\p{N}_]*)?"
            + "(?: [\\p{L}_]+)?\\s+(?:must|should|is|are|can|may|defaults?|has to|needs to|cannot|can't|will|stays?|is always|are always|has a default)\\b(.*)$");

    /** "total must be non-negative", "tickets.email is unique", "status defaults to 'open'": a hint about an attribute. */
    private static boolean isAttributeSentence(String sentence) {
        Matcher m = ATTRIBUTE_SENTENCE.matcher(sentence.trim());
        return m.matches() && (AttributeReader.hintWords(m.group(1).toLowerCase(Locale.ROOT)) || m.group(1).matches("(?s).*['\"].*"));
    }

    /** A segment that opens a new entity ("ledger_entries: account_id, amount", "pets (name, born_on)") rather than continuing a list. */
    private static boolean startsEntityClause(String segment) {
        String t = segment.trim();
        int colon = topLevel(t, ':');
        if (colon > 0) return entity(t.substring(0, colon), 0).isPresent() && looksLikeAttributeList(t.substring(colon + 1));
        int dash = dashSeparator(t);
        if (dash > 0) return looksLikeAttributeList(t.substring(dash + 3));
        Matcher with = firstTopLevel(WITH, t);
        if (with != null && with.start() > 0 && t.substring(0, with.start()).trim().split("\\s+").length <= 4
                && entity(t.substring(0, with.start()), 0).isPresent() && !AttributeReader.hintWords(t.substring(0, with.start()).toLowerCase(Locale.ROOT))) return true;
        return hasEntityClause(t);
    }

    /** " - " between an entity and its attributes ("items - sku (unique), name"). */
    private static int dashSeparator(String s) {
        int at = s.indexOf(" - ");
        if (at <= 0 || depthAt(s, at) != 0) return -1;
        return entity(s.substring(0, at), 0).isPresent() && !s.substring(0, at).matches(".*\\d$") ? at : -1;
    }

    private static void merge(List<Building> entities, Building b) {
        for (Building e : entities) {
            if (e.name.equals(b.name)) {
                for (Attribute a : b.attributes) if (e.attributes.stream().noneMatch(x -> x.name().equals(a.name()))) e.attributes.add(a);
                return;
            }
        }
        entities.add(b);
    }

    private enum Kind { HEADER, ENTITIES, REST }

    private record Clause(Kind kind, List<Building> entities, String restText) {}

    private static Clause rest(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replaceAll("[.!?;:]+$", "").trim();
        if (ChangeRequestParser.recognizes(lower)) return new Clause(Kind.REST, List.of(), lower);
        String english = ConnectingWords.english(lower);
        return new Clause(Kind.REST, List.of(), ChangeRequestParser.recognizes(english) ? english : ConnectingWords.canonical(english));
    }

    private static Clause clause(String sentence, boolean listContext, int indent) {
        String s = sentence.trim().replaceAll("[.;]+$", "").trim();
        if (s.isEmpty()) return new Clause(Kind.REST, List.of(), "");
        String lower = s.toLowerCase(Locale.ROOT);
        boolean structured = s.indexOf('(') >= 0 || topLevel(s, ':') >= 0;
        String english = ConnectingWords.english(lower);
        Optional<Building> join = english.contains("many-to-many") ? joinTable(english, indent) : Optional.empty();
        if (join.isPresent()) return new Clause(Kind.ENTITIES, List.of(join.get()), "");
        Matcher parentHas = HAS_MANY_WITH.matcher(s);
        if (parentHas.matches()) {
            Optional<Building> child = entity(parentHas.group(2), indent);
            if (child.isPresent()) {
                addAttributes(child.get(), parentHas.group(3) != null ? parentHas.group(3) : parentHas.group(4));
                if (!child.get().attributes.isEmpty()) {
                    String link = ConnectingWords.english((parentHas.group(1) + " has many " + parentHas.group(2)).toLowerCase(Locale.ROOT));
                    return new Clause(Kind.ENTITIES, List.of(child.get()), link);
                }
            }
        }
        Matcher childOf = LINKED_WITH.matcher(s);
        if (childOf.matches()) {
            Optional<Building> child = entity(childOf.group(1), indent);
            if (child.isPresent()) {
                addAttributes(child.get(), childOf.group(3));
                if (!child.get().attributes.isEmpty()) {
                    String link = (childOf.group(1) + " belongs to " + childOf.group(2)).toLowerCase(Locale.ROOT);
                    return new Clause(Kind.ENTITIES, List.of(child.get()), link);
                }
            }
        }
        if (ChangeRequestParser.recognizes(lower) && !(TABLE_WORD.matcher(lower).find() && (topLevel(s, ':') >= 0 || WITH.matcher(s).find()))) return rest(s);
        if (!structured && (ConnectingWords.isLink(english) || QueryPhrases.looksLikeAccessPath(english))) return rest(s);
        int colon = topLevel(s, ':');
        int sepLength = 1;
        if (colon < 0 && (colon = dashSeparator(s)) >= 0) sepLength = 3;
        if (colon >= 0) {
            String head = s.substring(0, colon).trim().replaceAll("^.*(?:->| - )\\s*", "");
            String body = s.substring(colon + sepLength).trim();
            if (isHeader(head, body) || bodyIsClause(body)) {
                if (body.isEmpty()) return new Clause(Kind.HEADER, List.of(), "");
                if (bodyIsClause(body)) {
                    Clause inner = clause(body, true, indent);
                    if (inner.kind == Kind.ENTITIES) return inner;
                }
                List<Building> list = entityList(body, indent);
                if (list.stream().anyMatch(b -> !b.attributes.isEmpty()) || (listContext && !list.isEmpty())) return new Clause(Kind.ENTITIES, list, "");
                return rest(s);
            }
            Optional<Building> named = entity(head, indent);
            if (named.isPresent()) {
                Building b = named.get();
                if (body.isEmpty()) {
                    b.open = true;
                    return new Clause(Kind.ENTITIES, List.of(b), "");
                }
                addAttributes(b, body);
                if (!b.attributes.isEmpty()) return new Clause(Kind.ENTITIES, List.of(b), "");
            }
            return rest(s);
        }
        List<int[]> verbs = new ArrayList<>();
        Matcher with = WITH.matcher(s);
        while (with.find()) if (with.start() > 0 && depthAt(s, with.start()) == 0) verbs.add(new int[] {with.start(), with.end()});
        Matcher french = FRENCH_A.matcher(s);
        if (french.find()) verbs.add(new int[] {french.end(1), french.end()});
        for (int[] verb : verbs) {
            int verbStart = verb[0], bodyStart = verb[1];
            String head0 = s.substring(0, verbStart).trim();
            if (!(DOMAIN.matcher(head0).find() && !TABLE_WORD.matcher(head0).find()) && entity(head0, indent).isEmpty()) continue;
            String head = s.substring(0, verbStart).trim();
            String body = s.substring(bodyStart).trim();
            boolean singleTable = TABLE_WORD.matcher(head).find() && !head.toLowerCase(Locale.ROOT).matches(".*\\btables\\b.*");
            if (!singleTable && (DOMAIN.matcher(head).find() || hasEntityClause(body))) {
                List<Building> list = entityList(body, indent);
                if (list.stream().anyMatch(b -> !b.attributes.isEmpty())) return new Clause(Kind.ENTITIES, list, "");
                return rest(s);
            }
            Optional<Building> named = entity(head, indent);
            if (named.isPresent() && !body.isEmpty() && !looksLikeEntityList(body)) {
                List<Building> chained = chain(named.get(), body, indent);
                if (!named.get().attributes.isEmpty()) return new Clause(Kind.ENTITIES, chained, "");
            }
            return rest(s);
        }
        if (hasEntityClause(s)) {
            List<String> links = new ArrayList<>();
            List<Building> list = entityList(s, indent, links);
            if (!list.isEmpty()) return new Clause(Kind.ENTITIES, list, String.join("\n", links));
        }
        if (listContext && s.contains(",")) {
            // one entity per line: "authors name, born_on"
            int space = s.indexOf(' ');
            if (space > 0) {
                Optional<Building> first = entity(s.substring(0, space), indent);
                if (first.isPresent() && looksLikeAttributeList(s.substring(space + 1))) {
                    addAttributes(first.get(), s.substring(space + 1));
                    if (!first.get().attributes.isEmpty()) return new Clause(Kind.ENTITIES, List.of(first.get()), "");
                }
            }
        }
        if (listContext && !DOMAIN.matcher(s).find() && !lower.matches(".*\\b(tables|entities|tablas|tabellen|tabelas|entidades)\\b.*")) {
            Optional<Building> bare = entity(s, indent);
            if (bare.isPresent()) {
                bare.get().open = true;
                return new Clause(Kind.ENTITIES, List.of(bare.get()), "");
            }
        }
        return rest(s);
    }

    /** A body that is itself an entity clause: "spots: level, number", "a webhook_deliveries table that stores …". */
    private static boolean bodyIsClause(String body) {
        return topLevel(body, ':') > 0 || dashSeparator(body) > 0 || TABLE_WORD.matcher(body).find() && WITH.matcher(body).find();
    }

    /** "patients having name, dob, and appointments having patient_id, starts_at": a with-list that names the next entity. */
    private static List<Building> chain(Building first, String body, int indent) {
        List<Building> out = new ArrayList<>(List.of(first));
        Building current = first;
        int from = 0;
        Matcher m = WITH.matcher(body);
        String lower = body.toLowerCase(Locale.ROOT);
        while (m.find()) {
            if (depthAt(body, m.start()) != 0) continue;
            int comma = body.lastIndexOf(',', m.start());
            int and = Math.max(lower.lastIndexOf(" and ", m.start()), Math.max(lower.lastIndexOf(" y ", m.start()), Math.max(lower.lastIndexOf(" und ", m.start()), lower.lastIndexOf(" et ", m.start()))));
            int sep = Math.max(comma, and);
            if (sep < from) continue;
            int headStart = sep == comma ? sep + 1 : lower.indexOf(' ', sep + 1) + 1;
            String head = body.substring(headStart, m.start()).trim().replaceAll("(?i)^(and|y|und|et|e)\\s+", "");
            if (head.isEmpty() || head.split("\\s+").length > 4) continue;
            Optional<Building> next = entity(head, indent);
            if (next.isEmpty()) continue;
            addAttributes(current, body.substring(from, sep));
            current = next.get();
            out.add(current);
            from = m.end();
        }
        addAttributes(current, body.substring(from));
        return out;
    }

    private static final Pattern M2M_THROUGH = Pattern.compile("^(?:each |every |an? )?(.+?) and (.+?) (?:are|is) (?:linked )?many-to-many (?:through|via|using|in|with) (?:a |the )?(?:join table |table )?"
            + "([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?:\\((.*)\\))?$");
    private static final Pattern M2M_WITH = Pattern.compile("^.*?many-to-many (?:relationship |link )?between (.+?) and (.+?),? (?:with|storing|that stores|holding) (.+?)"
            + "(?: on (?:the|each) (?:link|join|relationship|association|pair|join table))?$");
    /** A join table explicitly introduced ("join table project_members(…)"). */
    private static final Pattern JOIN_HEAD = Pattern.compile("(?i)^\\s*(?:a |the )?(?:join|junction|link|association|bridge|pivot) table\\b.*");

    /** "students and courses are many-to-many through enrollments (enrolled_on)", "many-to-many between movies and actors, with character_name". */
    private static Optional<Building> joinTable(String english, int indent) {
        Matcher m = M2M_THROUGH.matcher(english);
        String a, b, name, attributes;
        if (m.matches()) {
            a = m.group(1); b = m.group(2); name = m.group(3); attributes = m.group(4);
        } else if ((m = M2M_WITH.matcher(english)).matches()) {
            a = m.group(1); b = m.group(2); name = null; attributes = m.group(3);
        } else return Optional.empty();
        Optional<Building> left = entity(a, indent);
        Optional<Building> right = entity(b, indent);
        if (left.isEmpty() || right.isEmpty()) return Optional.empty();
        String leftKey = Naming.singular(left.get().name) + "_id";
        String rightKey = Naming.singular(right.get().name) + "_id";
        Building join = name != null ? entity(name, indent).orElse(null)
                : new Building(Naming.fit(Naming.singular(left.get().name) + "_" + right.get().name), "", indent);
        if (join == null) return Optional.empty();
        addAttributes(join, leftKey + ", " + rightKey + (attributes == null ? "" : ", " + attributes));
        join.key.addAll(List.of(leftKey, rightKey));
        return Optional.of(join);
    }

    /** "Design a schema for a vet clinic", "Tables", "Entities" — words about the whole design, not one entity. */
    private static boolean isHeader(String head, String body) {
        if (TABLE_WORD.matcher(head).find()) return head.toLowerCase(Locale.ROOT).matches(".*\\b(tables|tablas|tabellen|tabelas)\\b.*");
        if (DOMAIN.matcher(head).find()) return true;
        if (hasEntityClause(body)) return true;
        return head.split("\\s+").length > 4 && entity(head, 0).isEmpty();
    }

    /** A body whose items are entities with their own attribute lists ("owners (name, email), pets (…)"). */
    private static boolean hasEntityClause(String body) {
        for (String segment : split(body, true)) {
            int paren = segment.indexOf('(');
            if (paren <= 0 || !segment.trim().endsWith(")")) continue;
            String inner = segment.substring(paren + 1, segment.lastIndexOf(')'));
            if (looksLikeAttributeList(inner) && split(inner, true).size() >= 2 && entity(segment.substring(0, paren), 0).isPresent()) return true;
        }
        return false;
    }

    /** Items that are columns, not enum values: any with several words, a colon, a known column meaning or a key suffix. */
    private static boolean looksLikeAttributeList(String inner) {
        List<String> items = split(inner, true);
        if (items.isEmpty() || inner.trim().toLowerCase(Locale.ROOT).matches("(one of|either|any of|values?|e\\.g\\.|eg|like|such as)\\b.*")) return false;
        for (String item : items) {
            String t = item.trim();
            String first = t.toLowerCase(Locale.ROOT).split("[\\s:(]+")[0];
            if (AttributeReader.STOPS.contains(first) || first.matches("-?\\d.*|[<>=≥≤].*")) continue;
            if (t.contains(" ") || t.contains(":") || t.contains("(") || t.contains("_") || COMMON_COLUMNS.contains(first)) return true;
        }
        return false;
    }

    /** Column names common enough that a parenthesised list holding one is an attribute list, not enum values. */
    private static final Set<String> COMMON_COLUMNS = Set.of("name", "email", "title", "phone", "price", "description", "body", "address", "amount",
            "status", "url", "slug", "code", "notes", "quantity", "total", "username", "password", "content", "rating", "city", "country", "label",
            "nombre", "correo", "titulo", "precio", "descripcion", "nom", "titre", "prix", "nome", "preco", "titel", "preis", "beschreibung");

    /** "posts, comments and tags": every item a bare word or two (the catalogue's job), not an attribute list. */
    private static boolean looksLikeEntityList(String body) {
        List<String> items = split(body, true);
        if (items.size() < 2) return false;
        int plural = 0;
        for (String item : items) {
            String t = item.trim().toLowerCase(Locale.ROOT);
            if (t.contains("(") || t.contains(":") || AttributeReader.hintWords(t)) return false;
            String last = t.replaceAll(".*\\s", "");
            if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.contains("_")
                    && !Naming.singular(last).equals(last) && ColumnInference.infer(last, dev.schemadesigner.schema.LogicalType.TIMESTAMPTZ).type()
                    .equals(dev.schemadesigner.schema.LogicalType.varchar(255))) plural++;
        }
        return plural * 2 > items.size();
    }

    private static List<Building> entityList(String body, int indent) { return entityList(body, indent, new ArrayList<>()); }

    /**
     * Entity clauses in a list: "owners (name, email), pets (…)", "measurements (…) for devices (…)". Words after a clause that
     * are not another clause ("folders (name) that can be nested") go to {@code links} as a sentence about that entity.
     */
    private static List<Building> entityList(String body, int indent, List<String> links) {
        List<Building> out = new ArrayList<>();
        for (String segment : split(body, true)) {
            String seg = segment.trim();
            int paren = seg.indexOf('(');
            if (paren > 0) {
                Optional<Building> b = entity(seg.substring(0, paren), indent);
                if (b.isEmpty()) continue;
                int close = matching(seg, paren);
                addAttributes(b.get(), seg.substring(paren + 1, close < 0 ? seg.length() : close));
                if (JOIN_HEAD.matcher(seg.substring(0, paren)).matches()) {
                    b.get().attributes.stream().map(Attribute::name).filter(n -> n.endsWith("_id")).limit(2).forEach(b.get().key::add);
                    if (b.get().key.size() < 2) b.get().key.clear();
                }
                out.add(b.get());
                String after = close < 0 ? "" : seg.substring(close + 1).trim();
                if (after.isEmpty()) continue;
                String next = after.replaceAll("^(?i)(?:[-,:]+\\s*)?(?:for|and|with|plus|also|then|of|y|und|et|e|para|für|pour)?\\s+", "");
                if (next.indexOf('(') > 0 && entity(next.substring(0, next.indexOf('(')), indent).isPresent()) {
                    out.addAll(entityList(next, indent, links));
                } else {
                    links.add(ConnectingWords.canonical(ConnectingWords.english((b.get().words + " " + after.replaceAll("^[-,:—\\s]+", "")).toLowerCase(Locale.ROOT))));
                }
            } else {
                Matcher with = firstTopLevel(WITH, seg);
                if (with != null && with.start() > 0) {
                    Optional<Building> b = entity(seg.substring(0, with.start()), indent);
                    if (b.isPresent()) {
                        addAttributes(b.get(), seg.substring(with.end()));
                        out.add(b.get());
                        continue;
                    }
                }
                entity(seg, indent).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The entity a head names: "a table called X", "the X table", "each X", "X" — at most four words after the filler. */
    static Optional<Building> entity(String head, int indent) {
        String h = head.trim().replaceAll("^[-*•]\\s*", "").replaceAll("[`\"*_]{2,}|^[`\"']|[`\"']$", "").trim();
        if (h.isEmpty()) return Optional.empty();
        Matcher called = CALLED.matcher(h);
        if (called.find()) return named(called.group(1), false, indent);
        h = h.replaceAll("^.*(?:\\s-\\s|--|:|->)\\s*", "").trim();
        Matcher forWhat = FOR.matcher(h);
        if (forWhat.find() && forWhat.start() > 0) {
            Optional<Building> before = entity(h.substring(0, forWhat.start()), indent);
            if (before.isPresent()) return before;
        }
        h = h.replaceAll("^(?i)(?:join|junction|link|association|bridge|pivot) table\\s+", "");
        List<String> words = new ArrayList<>(List.of(h.replaceAll("[`\"']", "").split("\\s+")));
        boolean singularDeterminer = false;
        boolean tableWord = false;
        while (!words.isEmpty() && HEAD_FILLER.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            String w = words.remove(0).toLowerCase(Locale.ROOT);
            if (SINGULAR_DETERMINERS.contains(w)) singularDeterminer = true;
            if (TABLE_WORD.matcher(w).matches()) tableWord = true;
        }
        while (!words.isEmpty() && HEAD_FILLER.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            String w = words.remove(words.size() - 1).toLowerCase(Locale.ROOT);
            if (TABLE_WORD.matcher(w).matches()) tableWord = true;
        }
        if (words.isEmpty() || words.size() > 3) return Optional.empty();
        for (String w : words) if (!w.matches("[\\p{L}_][\\p{L}\\p{N}_-]*") || HEAD_FILLER.contains(w.toLowerCase(Locale.ROOT)) && !w.contains("_")) return Optional.empty();
        return named(String.join(" ", words), true, indent);
    }

    private static boolean isEnglishWord(String w) { return w.matches("[A-Za-z_]+"); }

    /** How table names are made from the words: plural (the default), or as written (a project with singular names, German). */
    enum TableNames { PLURAL, AS_WRITTEN }

    private static final ThreadLocal<TableNames> STYLE = ThreadLocal.withInitial(() -> TableNames.PLURAL);

    private static Optional<Building> named(String words, boolean pluralize, int indent) {
        String name = Naming.fit(AttributeReader.name(words));
        if (name.equals("x")) return Optional.empty();
        if (pluralize && STYLE.get() == TableNames.PLURAL) name = Naming.fit(Naming.plural(name));
        return Optional.of(new Building(name, words.toLowerCase(Locale.ROOT), indent));
    }

    /** Attribute items; a bare item after "status: open," is another value; "unique" alone qualifies the item before. */
    private static void addAttributes(Building entity, String list) {
        boolean valuesOpen = false;
        for (String item : split(list, false)) {
            String t = item.trim();
            if (t.isEmpty()) continue;
            int last = entity.attributes.size() - 1;
            if (valuesOpen && last >= 0 && isValue(t)) {
                Attribute a = entity.attributes.get(last);
                List<String> values = new ArrayList<>(a.hints().values());
                values.addAll(AttributeReader.valueList(t));
                entity.attributes.set(last, new Attribute(a.name(), a.hints().withValues(values)));
                valuesOpen = !t.toLowerCase(Locale.ROOT).matches(".*\\b(or|o|oder|ou)\\b.*");
                continue;
            }
            String first = t.toLowerCase(Locale.ROOT).split("\\s+")[0];
            if (last >= 0 && HINT_FIRST.contains(first)) {
                Attribute a = entity.attributes.get(last);
                entity.attributes.set(last, new Attribute(a.name(), a.hints().and(AttributeReader.hints(t, List.of()))));
                continue;
            }
            Optional<Hints> modifier = AttributeReader.modifierOnly(t);
            if (modifier.isPresent() && last >= 0) {
                Attribute a = entity.attributes.get(last);
                entity.attributes.set(last, new Attribute(a.name(), a.hints().and(modifier.get())));
                continue;
            }
            Optional<AttributeReader.Read> read = AttributeReader.read(t);
            if (read.isEmpty()) continue;
            Attribute a = read.get().attribute();
            if (a.name().equals("id") && a.hints().reference().isEmpty()) { valuesOpen = false; continue; }
            int same = -1;
            for (int i = 0; i < entity.attributes.size(); i++) if (entity.attributes.get(i).name().equals(a.name())) same = i;
            if (same >= 0) entity.attributes.set(same, new Attribute(a.name(), entity.attributes.get(same).hints().and(a.hints())));
            else entity.attributes.add(a);
            valuesOpen = read.get().valuesOpen();
        }
    }

    private static final Set<String> HINT_FIRST = Set.of("defaults", "default", "must", "may", "can", "should", "not", "never", "always",
            "between", "non-negative", "positive", "optional", "required", "nullable", "unique", "indexed", "at", "up");

    /** A value after an open value list: one to three plain words that mean nothing as a column ("closed", "in progress", "or archived"). */
    private static boolean isValue(String item) {
        String t = item.trim().replaceAll("(?i)^(or|o|oder|ou)\\s+", "");
        if (t.matches("(['\"]).*\\1")) return true;
        if (!t.matches("[\\p{L}\\p{N}_ '.+#&-]+") || t.split("\\s+").length > 3) return false;
        String lower = t.toLowerCase(Locale.ROOT);
        if (AttributeReader.hintWords(lower) || lower.matches(".*(_id|_at|_on)$")) return false;
        var inferred = ColumnInference.infer(AttributeReader.name(t), dev.schemadesigner.schema.LogicalType.TIMESTAMPTZ);
        return inferred.type().equals(dev.schemadesigner.schema.LogicalType.varchar(255)) && inferred.nullable() && inferred.fk().isEmpty();
    }

    // ---- tokenizing ----

    private static String clean(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"').replace("\u2013", "-")
                .replace("\u2014", " - ").replace(" -- ", " - ").replace("→", "->").replace('\t', ' ').replace("\u00a0", " ").replace("**", "").replace("`", "");
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        for (String raw : text.split("\\r?\\n")) {
            if (raw.isBlank()) continue;
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') indent++;
            Matcher m = BULLET.matcher(raw);
            if (m.matches() && !m.group(2).isBlank()) out.add(new Line(m.group(1).length(), true, m.group(2).trim()));
            else out.add(new Line(indent, false, raw.trim()));
        }
        return out;
    }

    /** A sentence, and whether a semicolon (not a full stop) ended the one before it. */
    record Segment(String text, boolean afterSemicolon) {}

    /** Sentences at . ! ? ; outside parentheses (not "e.g." or "1.5"). */
    static List<Segment> sentences(String line) {
        List<Segment> out = new ArrayList<>();
        int depth = 0;
        boolean semicolon = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth = Math.max(0, depth - 1);
            current.append(c);
            boolean end = depth == 0 && (c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
            if (end && c == '.' && current.toString().matches("(?s).*\\b(e\\.g|i\\.e|etc|vs|approx|z\\.b|p\\.ej|ex|bzw)\\.$")) end = false;
            if (end) {
                String s = current.toString().trim();
                if (!s.isEmpty()) out.add(new Segment(s, semicolon));
                semicolon = c == ';';
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(new Segment(current.toString().trim(), semicolon));
        return out;
    }

    private static final Pattern RANGE_AND = Pattern.compile("(?i)(between|entre|zwischen|from|de|von)\\s+(-?\\d+(?:[.,]\\d+)?)\\s+(and|y|e|et|und|to|a|à|bis)\\s+(-?\\d+(?:[.,]\\d+)?)");

    /** Items at top-level commas, semicolons and the word "and" in the five languages; {@code entities} also splits at ";". */
    static List<String> split(String list, boolean entities) {
        String text = RANGE_AND.matcher(list).replaceAll(m -> m.group(1) + " " + m.group(2) + " .. " + m.group(4));
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') depth = Math.max(0, depth - 1);
            if (depth == 0) {
                if (c == ',' || c == ';') {
                    add(out, current);
                    continue;
                }
                int skip = conjunction(lower, i);
                if (skip > 0) {
                    add(out, current);
                    i += skip - 1;
                    continue;
                }
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static final List<String> AND = List.of(" and ", " y ", " und ", " et ", " e ", " & ", " plus ", " as well as ");

    private static final Pattern LEADING_AND = Pattern.compile("(?i)^(and|or|also|plus|&|y|und|et|e)\\s+");

    private static int conjunction(String lower, int at) {
        if (lower.charAt(at) != ' ') return 0;
        for (String w : AND) if (lower.startsWith(w, at)) return w.length();
        return 0;
    }

    private static void add(List<String> out, StringBuilder item) {
        String s = LEADING_AND.matcher(item.toString().trim()).replaceFirst("").trim();
        if (!s.isEmpty()) out.add(s);
        item.setLength(0);
    }

    private static int topLevel(String s, char wanted) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == wanted && depth == 0 && (wanted != ':' || i + 1 == s.length() || s.charAt(i + 1) != ':')) return i;
        }
        return -1;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            if (s.charAt(i) == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static int depthAt(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            if (s.charAt(i) == '(') depth++;
            if (s.charAt(i) == ')') depth = Math.max(0, depth - 1);
        }
        return depth;
    }

    /** The first match outside parentheses. */
    private static Matcher firstTopLevel(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int depth = 0;
            for (int i = 0; i < m.start(); i++) {
                if (s.charAt(i) == '(') depth++;
                if (s.charAt(i) == ')') depth = Math.max(0, depth - 1);
            }
            if (depth == 0) return m;
        }
        return null;
    }
}
