package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;
import dev.schemadesigner.plan.DesignDraft.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence → an entity clause (entities with their attributes, and the links it states) or rest for the phrase readers. */
final class ClauseReader {
    private final EntityHeads heads;
    private final JoinClauses joins;

    ClauseReader(EntityHeads heads) {
        this.heads = heads;
        this.joins = new JoinClauses(heads, this);
    }

    static final String MANY = "many|multiple|several|one or more|zero or more|lots of|a list of|a number of|any number of|some|muchos|muchas|varios|varias"
            + "|uno o más|una o más|viele|mehrere|ein oder mehrere|plusieurs|de nombreux|de nombreuses|un ou plusieurs|muitos|muitas|vários|várias|um ou mais";
    /** "A warehouse has many bins (code, capacity)", "each client has one or more dogs, with name and breed": a link and the child's attributes. */
    static final Pattern HAS_MANY_WITH = Pattern.compile("(?i)^(.*?)\\s+(?:has|have|can have|contains?|owns?|includes?|holds?|tiene|tienen|puede tener|hat|haben|kann|a|ont|peut avoir|tem|têm|pode ter)\\s+"
            + "(?:" + MANY + ")\\s+([\\p{L}_][\\p{L}\\p{N}_]*(?:\\s+[\\p{L}_][\\p{L}\\p{N}_]*)?)\\s*(?:\\(([^()]*)\\)(?:\\s*[,;-]\\s*(.+))?|,?\\s*(?:each )?(?:with|having|con|mit|avec|com)\\s+(.*))$");
    /** "…, one per environment" after a has-many clause: one child per parent and per that column. */
    static final Pattern ONE_PER = Pattern.compile("(?i)^(?:and |with )?(?:only )?(?:one|exactly one|at most one|uno|una|um|uma|un|une|einer?|eins?) (?:per|por|pro|par|for each|for every) (.+)$");
    /** "tickets -> requesters, with subject, body": the child, its parent and its attributes. */
    static final Pattern LINKED_WITH = Pattern.compile("(?i)^([\\p{L}_][\\p{L}\\p{N}_ ]*?)\\s*(?:->|references?|belongs? to|refers? to|points? to)\\s*(?:(?:an?|the|one)\\s+)?([\\p{L}_][\\p{L}\\p{N}_]*)"
            + "\\s*,?\\s*(?:with|having|:|(?:and|und|e|y) (?:has|have|stores?|holds?|contains?|keeps?|records?|tracks?|haben|hat|têm|tem|tienen|tiene)|et (?:ont|a))\\s+(.*)$");

    enum Kind { HEADER, ENTITIES, REST }

    /** "… that must be unique", "… which is optional": a relative clause stating an attribute's rule, up to the next item. */
    static final Pattern RELATIVE_RULE = Pattern.compile("\\s+(?:that|which)\\s+(?:must|should|is|are|has to|have to|needs to|can|may|cannot|can't|stays?|defaults?)\\b[^,;]*?(?=,|;| and |$)");

    record Clause(Kind kind, List<DraftEntity> entities, String restText) {}

    Clause rest(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replaceAll("[.!?;:]+$", "").trim();
        if (ChangeRequestParser.recognizes(lower)) return new Clause(Kind.REST, List.of(), lower);
        String english = ConnectingWords.english(lower);
        if (ChangeRequestParser.recognizes(english)) return new Clause(Kind.REST, List.of(), english);
        return new Clause(Kind.REST, List.of(), String.join("\n", ConnectingWords.linkClauses(english).stream().map(ConnectingWords::canonical).toList()));
    }

    Clause clause(String sentence, boolean listContext, int indent) {
        String s = sentence.trim().replaceAll("[.;]+$", "").trim();
        if (s.isEmpty()) return new Clause(Kind.REST, List.of(), "");
        String lower = s.toLowerCase(Locale.ROOT);
        boolean structured = s.indexOf('(') >= 0 || RequestText.topLevel(s, ':') >= 0;
        String english = ConnectingWords.english(lower);
        Optional<DraftEntity> join = english.contains("many-to-many") ? joins.joinTable(english, indent) : Optional.empty();
        if (join.isEmpty()) join = joins.linking(s, indent);
        if (join.isPresent()) return new Clause(Kind.ENTITIES, List.of(join.get()), "");
        Optional<List<DraftEntity>> sidesAndJoin = joins.clausesThenManyToMany(s, indent);
        if (sidesAndJoin.isPresent()) return new Clause(Kind.ENTITIES, sidesAndJoin.get(), "");
        Optional<Clause> clauseThenRemark = clauseThenRemark(s, listContext, indent);
        if (clauseThenRemark.isPresent()) return clauseThenRemark.get();
        Matcher parentHas = HAS_MANY_WITH.matcher(s);
        if (parentHas.matches()) {
            Optional<DraftEntity> child = heads.entity(parentHas.group(2), indent);
            if (child.isPresent()) {
                child.get().addAttributes(parentHas.group(3) != null ? parentHas.group(3) : parentHas.group(5));
                String remark = parentHas.group(4) == null ? "" : parentHas.group(4).trim().replaceAll("[.;]+$", "");
                Matcher onePer = ONE_PER.matcher(remark);
                if (!child.get().attributes.isEmpty() && (remark.isEmpty() || onePer.matches())) {
                    String parent = parentHas.group(1).replaceAll("(?i)^.*?(?<![\\p{L}])(?:each|every|one|an?|the|cada|jede[rsn]?|chaque|ein|eine|einem|un|una|une|um|uma|el|la|le|o|der|die|das)\\s+", "");
                    String link = ConnectingWords.english(("each " + parent + " has many " + parentHas.group(2)).toLowerCase(Locale.ROOT));
                    if (onePer.matches()) link += "\none " + Naming.singular(child.get().name) + " per " + parent.toLowerCase(Locale.ROOT) + " per " + onePer.group(1).toLowerCase(Locale.ROOT);
                    return new Clause(Kind.ENTITIES, List.of(child.get()), link);
                }
            }
        }
        Matcher childOf = LINKED_WITH.matcher(s);
        if (!childOf.matches()) childOf = LINKED_WITH.matcher(english);
        if (childOf.matches()) {
            Optional<DraftEntity> child = heads.entity(childOf.group(1), indent);
            if (child.isPresent()) {
                child.get().addAttributes(childOf.group(3));
                if (!child.get().attributes.isEmpty()) {
                    String link = (childOf.group(1) + " belongs to " + childOf.group(2)).toLowerCase(Locale.ROOT);
                    return new Clause(Kind.ENTITIES, List.of(child.get()), link);
                }
            }
        }
        Optional<Clause> linkToClause = linkToClause(s, indent);
        if (linkToClause.isPresent()) return linkToClause.get();
        boolean declared = ClauseShapes.hasEntityClause(s) && !ChangeRequestParser.recognizes(lower.substring(0, lower.indexOf('(')));
        // "devices (serial unique, model), …": entity clauses are declarations even when a word in them ("serial") could be a change
        // "Rooms have a name and a capacity that must be positive": a rule in a relative clause describes an attribute, it is no change
        String unrelated = RELATIVE_RULE.matcher(lower).replaceAll("");
        if (!declared && ChangeRequestParser.recognizes(unrelated) && !(ClauseShapes.TABLE_WORD.matcher(lower).find() && (RequestText.topLevel(s, ':') >= 0 || ClauseShapes.WITH.matcher(s).find()))) return rest(s);
        if (!structured && (ConnectingWords.isLink(english) || QueryPhrases.clauses(english).stream().anyMatch(QueryPhrases::looksLikeAccessPath))) return rest(s);
        int colon = RequestText.topLevel(s, ':');
        int sepLength = 1;
        int dash = ClauseShapes.dashSeparator(s);
        if (dash >= 0 && (colon < 0 || dash < colon)) {
            // the first separator heads the clause: "… escola - alunos (…), matriculas: aluno_id, turma_id"
            colon = dash;
            sepLength = 3;
        }
        if (colon >= 0) {
            String head = s.substring(0, colon).trim().replaceAll("^.*(?:->| - )\\s*", "");
            String body = s.substring(colon + sepLength).trim();
            Optional<Clause> qualified = qualifiedHead(head, body, indent);
            if (qualified.isPresent()) return qualified.get();
            if (isHeader(head, body) || bodyIsClause(body)) {
                if (body.isEmpty()) return new Clause(Kind.HEADER, List.of(), "");
                if (bodyIsClause(body)) {
                    Clause inner = clause(body, true, indent);
                    if (inner.kind == Kind.ENTITIES) return inner;
                }
                List<String> links = new ArrayList<>();
                List<DraftEntity> list = entityList(body, indent, links);
                String headEnglish = ConnectingWords.english(head.toLowerCase(Locale.ROOT));
                if (ConnectingWords.isLink(headEnglish)) {
                    // "a report card per student per term: students (…), …": the head states a link between the entities listed
                    for (String link : ConnectingWords.linkClauses(headEnglish)) links.add(0, ConnectingWords.canonical(link));
                }
                if (list.stream().anyMatch(b -> !b.attributes.isEmpty()) || (listContext && !list.isEmpty())) return new Clause(Kind.ENTITIES, list, String.join("\n", links));
                return rest(s);
            }
            Optional<DraftEntity> named = heads.entity(head, indent);
            if (named.isPresent()) {
                DraftEntity b = named.get();
                if (body.isEmpty()) {
                    b.open = true;
                    return new Clause(Kind.ENTITIES, List.of(b), "");
                }
                b.addAttributes(body);
                String headEnglish = ConnectingWords.english(head.toLowerCase(Locale.ROOT));
                // "usage_events per organization: …": the head also states a link
                String link = ConnectingWords.PER.matcher(headEnglish).matches() ? headEnglish : "";
                if (!b.attributes.isEmpty()) return new Clause(Kind.ENTITIES, List.of(b), link);
                return rest(s);
            }
            // "… mit kunde_id, betrag und status: offen, bezahlt": the colon belongs to an attribute; read the with-form below
        }
        List<int[]> verbs = new ArrayList<>();
        Matcher with = ClauseShapes.WITH.matcher(s);
        while (with.find()) if (with.start() > 0 && RequestText.depthAt(s, with.start()) == 0) verbs.add(new int[] {with.start(), with.end()});
        Matcher french = ClauseShapes.FRENCH_A.matcher(s);
        if (french.find()) verbs.add(new int[] {french.end(1), french.end()});
        for (int[] verb : verbs) {
            int verbStart = verb[0], bodyStart = verb[1];
            String head0 = s.substring(0, verbStart).trim();
            if (!(ClauseShapes.DOMAIN.matcher(head0).find() && !ClauseShapes.TABLE_WORD.matcher(head0).find()) && heads.entity(head0, indent).isEmpty()) continue;
            String head = s.substring(0, verbStart).trim();
            String body = s.substring(bodyStart).trim();
            boolean singleTable = ClauseShapes.TABLE_WORD.matcher(head).find() && !head.toLowerCase(Locale.ROOT).matches(".*\\btables\\b.*");
            if (!singleTable && (ClauseShapes.DOMAIN.matcher(head).find() || ClauseShapes.hasEntityClause(body))) {
                List<String> links = new ArrayList<>();
                List<DraftEntity> list = entityList(body, indent, links);
                if (list.stream().anyMatch(b -> !b.attributes.isEmpty())) return new Clause(Kind.ENTITIES, list, String.join("\n", links));
                return rest(s);
            }
            Optional<DraftEntity> named = heads.entity(head, indent);
            if (named.isPresent() && !body.isEmpty() && !ClauseShapes.looksLikeEntityList(body)) {
                List<DraftEntity> chained = chain(named.get(), body, indent);
                // "patients book sessions with a therapist": the subject who makes the record is linked to it
                String subjectLinks = String.join("\n", VerbLinks.links(ConnectingWords.english(head.toLowerCase(Locale.ROOT)),
                        new java.util.HashSet<>(List.of(named.get().name, Naming.plural(Naming.singular(named.get().name))))));
                if (!named.get().attributes.isEmpty()) return new Clause(Kind.ENTITIES, chained, subjectLinks);
            }
            return rest(s);
        }
        if (ClauseShapes.hasEntityClause(s)) {
            List<String> links = new ArrayList<>();
            List<DraftEntity> list = entityList(s, indent, links);
            if (!list.isEmpty()) return new Clause(Kind.ENTITIES, list, String.join("\n", links));
        }
        Matcher single = SINGLE_CLAUSE.matcher(s);
        if (single.matches() && ClauseShapes.looksLikeAttributeList(single.group(2))) {
            Optional<DraftEntity> b = heads.entity(single.group(1), indent);
            if (b.isPresent()) {
                b.get().addAttributes(single.group(2));
                if (!b.get().attributes.isEmpty()) return new Clause(Kind.ENTITIES, List.of(b.get()), "");
            }
        }
        Optional<Clause> spaced = listContext ? spacedLine(s, indent) : Optional.empty();
        if (spaced.isPresent()) return spaced.get();
        if (listContext && s.contains(",")) {
            // one entity per line: "authors name, born_on"
            int space = s.indexOf(' ');
            if (space > 0) {
                Optional<DraftEntity> first = heads.entity(s.substring(0, space), indent);
                if (first.isPresent() && ClauseShapes.looksLikeAttributeList(s.substring(space + 1))) {
                    first.get().addAttributes(s.substring(space + 1));
                    if (!first.get().attributes.isEmpty()) return new Clause(Kind.ENTITIES, List.of(first.get()), "");
                }
            }
        }
        if (listContext && !ClauseShapes.DOMAIN.matcher(s).find() && !lower.matches(".*\\b(tables|entities|tablas|tabellen|tabelas|entidades)\\b.*")) {
            Optional<DraftEntity> bare = heads.entity(s, indent);
            if (bare.isPresent()) {
                bare.get().open = true;
                return new Clause(Kind.ENTITIES, List.of(bare.get()), "");
            }
        }
        return rest(s);
    }

    /**
     * One entity per line with its columns separated by spaces only ("books title isbn published_on", "loans book_id due_on
     * returned_on optional"): the first word names the entity, each other word is a column, and a hint word belongs to the
     * column before it. Only when a column is unmistakable (a key suffix or a common column name).
     */
    Optional<Clause> spacedLine(String s, int indent) {
        if (!s.matches("[\\p{L}\\p{N}_ -]+")) return Optional.empty();
        String[] words = s.trim().split("\\s+");
        if (words.length < 3) return Optional.empty();
        List<String> items = new ArrayList<>();
        boolean columnLike = false;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (!items.isEmpty() && (AttributeReader.modifierOnly(lower).isPresent() || DraftEntity.HINT_FIRST.contains(lower))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + w);
                continue;
            }
            if (ClauseShapes.KEY_SUFFIX.matcher(lower).matches() || ClauseShapes.COMMON_COLUMNS.contains(lower)) columnLike = true;
            items.add(w);
        }
        if (!columnLike || items.size() < 2) return Optional.empty();
        Optional<DraftEntity> b = heads.entity(words[0], indent);
        if (b.isEmpty()) return Optional.empty();
        b.get().addAttributes(String.join(", ", items));
        return b.get().attributes.size() < 2 ? Optional.empty() : Optional.of(new Clause(Kind.ENTITIES, List.of(b.get()), ""));
    }

    /** "Para el hotel guardamos habitaciones (…)": the entity of a clause is the noun next to its parentheses, whatever words lead to it. */
    Optional<DraftEntity> nounBefore(String head, int indent) {
        String[] words = head.trim().split("\\s+");
        String last = words[words.length - 1];
        if (words.length < 2 || !(EntityHeads.isPluralWord(last) || last.contains("_"))) return Optional.empty();
        return heads.entity(last, indent);
    }

    /** A body that is itself an entity clause: "spots: level, number", "a webhook_deliveries table that stores …". */
    boolean bodyIsClause(String body) {
        int colon = RequestText.topLevel(body, ':');
        if (colon > 0 && body.substring(0, colon).contains(",")) colon = -1; // "nota, canal: email, whatsapp": the colon is an attribute's
        return colon > 0 || ClauseShapes.dashSeparator(body) > 0 || ClauseShapes.TABLE_WORD.matcher(body).find() && ClauseShapes.WITH.matcher(body).find();
    }

    /** "patients having name, dob, and appointments having patient_id, starts_at": a with-list that names the next entity. */
    List<DraftEntity> chain(DraftEntity first, String body, int indent) {
        List<DraftEntity> out = new ArrayList<>(List.of(first));
        DraftEntity current = first;
        int from = 0;
        Matcher m = ClauseShapes.WITH.matcher(body);
        String lower = body.toLowerCase(Locale.ROOT);
        while (m.find()) {
            if (RequestText.depthAt(body, m.start()) != 0) continue;
            int comma = body.lastIndexOf(',', m.start());
            int and = Math.max(lower.lastIndexOf(" and ", m.start()), Math.max(lower.lastIndexOf(" y ", m.start()), Math.max(lower.lastIndexOf(" und ", m.start()), lower.lastIndexOf(" et ", m.start()))));
            int sep = Math.max(comma, and);
            if (sep < from) continue;
            int headStart = sep == comma ? sep + 1 : lower.indexOf(' ', sep + 1) + 1;
            String head = body.substring(headStart, m.start()).trim().replaceAll("(?i)^(and|y|und|et|e)\\s+", "");
            if (head.isEmpty() || head.split("\\s+").length > 4) continue;
            Optional<DraftEntity> next = heads.entity(head, indent);
            if (next.isEmpty()) continue;
            current.addAttributes(body.substring(from, sep));
            current = next.get();
            out.add(current);
            from = m.end();
        }
        current.addAttributes(body.substring(from));
        return out;
    }

    static final Pattern OBJECT_CLAUSE = Pattern.compile("^(.*?\\S)\\s+((?:[\\p{L}_][\\p{L}\\p{N}_]*\\s+)?[\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\(([^()]*)\\)\\s*$");

    /** "Os chamados pertencem a um cliente (nome, email único)": a link whose object carries its own attribute list. */
    Optional<Clause> linkToClause(String s, int indent) {
        Matcher m = OBJECT_CLAUSE.matcher(s);
        if (!m.matches() || m.group(1).contains("(")) return Optional.empty();
        String english = ConnectingWords.english((m.group(1) + " " + m.group(2)).toLowerCase(Locale.ROOT));
        if (!ConnectingWords.isLink(english) || english.contains("many-to-many")) return Optional.empty();
        String objectWords = m.group(2).replaceAll("(?i)^(?:an?|the|one|un|una|um|uma|une|ein|eine|einen|einem|einer)\\s+", "");
        Optional<DraftEntity> object = heads.entity(objectWords, indent);
        // the object of a link is an entity: its parenthesised list is its attributes unless it only holds hints
        if (object.isEmpty() || ClauseShapes.isHintList(m.group(3))) return Optional.empty();
        String subjectWords = english.replaceAll("^(?:each|every|an?|the|one)\\s+", "").split("\\s+")[0];
        if (m.group(3).trim().matches("[\\p{L}_][\\p{L}\\p{N}_]*_id") && !subjectWords.isEmpty()) {
            // "Jeder Beitrag gehört zu einem Autor (autor_id)": the parenthesis names the key of the link, not the object's columns
            return Optional.of(new Clause(Kind.REST, List.of(), AttributeReader.name(subjectWords) + "." + m.group(3).trim() + " references " + objectWords.toLowerCase(Locale.ROOT)));
        }
        object.get().addAttributes(m.group(3));
        if (object.get().attributes.isEmpty()) return Optional.empty();
        List<String> links = ConnectingWords.linkClauses(english).stream().map(ConnectingWords::canonical).toList();
        return Optional.of(new Clause(Kind.ENTITIES, List.of(object.get()), String.join("\n", links)));
    }

    /** A sentence that is one entity clause: "posts (titulo)". */
    static final Pattern SINGLE_CLAUSE = Pattern.compile("^([\\p{L}_][\\p{L}\\p{N}_ ]*?)\\s*\\(([^()]*)\\)$");

    static final Pattern CLAUSE_THEN_REMARK = Pattern.compile("^([\\p{L}_][\\p{L}\\p{N}_ ]*?)\\s*\\(");

    /**
     * "empleados (nombre, jefe_id) - el jefe es otro empleado", "transfers (…): both account columns reference accounts (…)": an
     * entity clause, then a dash or colon and a sentence about it, read as a sentence of its own.
     */
    Optional<Clause> clauseThenRemark(String s, boolean listContext, int indent) {
        Matcher m = CLAUSE_THEN_REMARK.matcher(s);
        if (!m.find()) return Optional.empty();
        int open = m.end() - 1;
        int close = RequestText.matching(s, open);
        if (close < 0) return Optional.empty();
        Matcher sep = Pattern.compile("^\\s*(?: - |:)\\s*(.+)$").matcher(s.substring(close + 1));
        if (!sep.matches()) return Optional.empty();
        String inner = s.substring(open + 1, close);
        Optional<DraftEntity> head = heads.entity(m.group(1), indent);
        if (head.isEmpty() || !ClauseShapes.looksLikeAttributeList(inner)) return Optional.empty();
        head.get().addAttributes(inner);
        if (head.get().attributes.isEmpty()) return Optional.empty();
        String remark = sep.group(1).trim();
        Clause after = clause(remark, listContext, indent);
        List<DraftEntity> entities = new ArrayList<>(List.of(head.get()));
        String rest = "";
        if (after.kind == Kind.ENTITIES) {
            entities.addAll(after.entities);
            rest = after.restText;
        } else if (after.kind == Kind.REST) rest = after.restText;
        return Optional.of(new Clause(Kind.ENTITIES, entities, rest));
    }

    /** "Design a schema for a vet clinic", "Tables", "Entities" — words about the whole design, not one entity. */
    boolean isHeader(String head, String body) {
        if (ClauseShapes.TABLE_WORD.matcher(head).find()) return head.toLowerCase(Locale.ROOT).matches(".*\\b(tables|tablas|tabellen|tabelas)\\b.*");
        if (ClauseShapes.DOMAIN.matcher(head).find()) return true;
        if (ClauseShapes.hasEntityClause(body)) return true;
        if (listOfWithClauses(head, body)) return true;
        return head.split("\\s+").length > 4 && heads.entity(head, 0).isEmpty();
    }

    /**
     * "Add a new table for referrals linked to doctors and patients: reason, …", "Add api_keys for organizations: …": the head
     * names the entity and the entities it belongs to. "Track usage per subscription: usage_records with …": the body is the
     * entity clause and the head's link is its parent.
     */
    static final Pattern QUALIFIED_HEAD = Pattern.compile("(?i)^(?:(?:please |also |then )?(?:add|create|make|build|track|record|store|keep|we need|i need|we want|i want|need)\\s+)?"
            + "(?:an? |the )?(?:new |separate )?(?:(?:table|tables)\\s+(?:for\\s+|of\\s+|called\\s+|named\\s+)?)?"
            + "([\\p{L}_][\\p{L}\\p{N}_]*(?:\\s+[\\p{L}_][\\p{L}\\p{N}_]*)?)\\s+(?:table\\s+)?"
            + "(for|linked to|that link to|that links to|per|for each|for every|belonging to|attached to|owned by|tied to|connected to|of each|of every)\\s+"
            + "(?:each |every |an? |the |one )?([\\p{L}_][\\p{L}\\p{N}_]*(?:\\s*(?:,|and)\\s*(?:an? |the )?[\\p{L}_][\\p{L}\\p{N}_]*)*)$");

    Optional<Clause> qualifiedHead(String head, String body, int indent) {
        Matcher m = QUALIFIED_HEAD.matcher(head.trim());
        if (!m.matches() || body.isBlank()) return Optional.empty();
        List<String> parents = new ArrayList<>();
        for (String p : m.group(3).split("\\s*(?:,|\\band\\b)\\s*")) {
            String words = p.trim().replaceAll("(?i)^(?:an?|the)\\s+", "");
            if (!words.isEmpty() && heads.entity(words, indent).isPresent()) parents.add(words.toLowerCase(Locale.ROOT));
        }
        if (parents.isEmpty()) return Optional.empty();
        Clause inner = ClauseShapes.startsEntityClause(body) ? clause(body, true, indent) : null;
        DraftEntity entity;
        List<DraftEntity> entities;
        String rest = "";
        if (inner != null && inner.kind == Kind.ENTITIES && inner.entities.size() == 1) {
            entity = inner.entities.get(0);
            entities = inner.entities;
            rest = inner.restText;
        } else {
            if (!ClauseShapes.looksLikeAttributeList(body) && RequestText.split(body, false).size() < 2) return Optional.empty();
            Optional<DraftEntity> named = heads.entity(m.group(1), indent);
            if (named.isEmpty()) return Optional.empty();
            entity = named.get();
            entity.addAttributes(body);
            if (entity.attributes.isEmpty()) return Optional.empty();
            entities = List.of(entity);
        }
        List<String> links = new ArrayList<>();
        String verb = m.group(2).equalsIgnoreCase("per") ? " per " : " belongs to ";
        for (String parent : parents) if (!AttributeReader.name(parent).equals(entity.name)) links.add(entity.name + verb + parent);
        if (!rest.isBlank()) links.add(rest);
        return Optional.of(new Clause(Kind.ENTITIES, entities, String.join("\n", links)));
    }

    /** A preposition or a participle and "by" before an entity clause: "in channels (…)", "written by users (…)". */
    static final Pattern LEAD_LINK = Pattern.compile("(?i)^(?:in|on|at|inside|within|under|from|(?<verb>written|sent|posted|created|made|owned|placed|given|held|booked|published|authored|run|assigned|reviewed|approved|reported|requested|managed) by)\\s+(?:an? |the |one )?(.+)$");
    /** The role a participle names its agent by: "written by users" fills author_id, "sent by" sender_id. */
    private static final java.util.Map<String, List<String>> AGENTS = java.util.Map.ofEntries(java.util.Map.entry("written", List.of("author", "writer")),
            java.util.Map.entry("authored", List.of("author")), java.util.Map.entry("posted", List.of("poster", "author")), java.util.Map.entry("sent", List.of("sender")),
            java.util.Map.entry("created", List.of("creator", "created_by")), java.util.Map.entry("owned", List.of("owner")), java.util.Map.entry("assigned", List.of("assignee")),
            java.util.Map.entry("reviewed", List.of("reviewer")), java.util.Map.entry("approved", List.of("approver", "approved_by")), java.util.Map.entry("reported", List.of("reporter")),
            java.util.Map.entry("requested", List.of("requester")), java.util.Map.entry("managed", List.of("manager")), java.util.Map.entry("published", List.of("publisher")),
            java.util.Map.entry("placed", List.of("customer", "buyer")), java.util.Map.entry("booked", List.of("booker", "customer")), java.util.Map.entry("made", List.of("maker")),
            java.util.Map.entry("given", List.of("giver")), java.util.Map.entry("held", List.of("holder", "host")), java.util.Map.entry("run", List.of("runner", "host")));

    /** The column of {@code entity} that names the agent of {@code participle}: author_id for "written by". */
    static Optional<String> agentColumn(DraftEntity entity, String participle) {
        if (participle == null) return Optional.empty();
        for (String role : AGENTS.getOrDefault(participle.toLowerCase(Locale.ROOT), List.of())) {
            for (Attribute a : entity.attributes) if (a.name().equals(role + "_id") || a.name().equals(role)) return Optional.of(a.name());
        }
        return Optional.empty();
    }

    /** "bakery: products with name, price": a singular word over a plural entity's with-list names the domain, not an entity. */
    private static boolean listOfWithClauses(String head, String body) {
        String[] headWords = head.trim().split("\\s+");
        if (headWords.length > 3 || EntityHeads.isPluralWord(headWords[headWords.length - 1]) || head.contains("_")) return false;
        Matcher with = RequestText.firstTopLevel(ClauseShapes.WITH, body);
        if (with == null || with.start() == 0) return false;
        String[] entityWords = body.substring(0, with.start()).trim().split("\\s+");
        String noun = entityWords[entityWords.length - 1];
        // "Ein Blog: autoren haben name und bio": a verb of having makes the body a sentence of its own, whatever the noun's plural
        boolean verb = with.group().trim().toLowerCase(Locale.ROOT).matches("(?:has|have|haben|hat|tem|têm|tiene|tienen|ont)\\b.*");
        return entityWords.length <= 2 && (EntityHeads.isPluralWord(noun) || noun.contains("_") || verb) && ClauseShapes.startsEntityClause(body);
    }

    boolean isLinking(String sentence) { return joins.linking(sentence, 0).isPresent(); }

    List<DraftEntity> entityList(String body, int indent) { return entityList(body, indent, new ArrayList<>()); }

    /**
     * Entity clauses in a list: "owners (name, email), pets (…)", "measurements (…) for devices (…)". Words after a clause that
     * are not another clause ("folders (name) that can be nested") go to {@code links} as a sentence about that entity.
     */
    List<DraftEntity> entityList(String body, int indent, List<String> links) {
        List<DraftEntity> out = new ArrayList<>();
        DraftEntity withList = null;
        for (String segment : RequestText.split(body, true)) {
            String seg = segment.trim();
            int paren = seg.indexOf('(');
            if (withList != null && !ClauseShapes.startsEntityClause(seg)) {
                // "people submit expenses with an amount, a currency, a category (travel, meals)": the with-list goes on
                withList.addAttributes(seg);
                continue;
            }
            withList = null;
            int colon = RequestText.topLevel(seg, ':');
            if (colon > 0 && (paren < 0 || paren > colon) && ClauseShapes.startsEntityClause(seg)) {
                // "…, ascents: member_id, route_id, climbed_at": a colon clause in a list takes the items after it
                Optional<DraftEntity> b = heads.entity(seg.substring(0, colon), indent);
                if (b.isPresent()) {
                    b.get().addAttributes(seg.substring(colon + 1));
                    out.add(b.get());
                    withList = b.get();
                    continue;
                }
            }
            Matcher withFirst = paren > 0 ? RequestText.firstTopLevel(ClauseShapes.WITH, seg) : null;
            if (withFirst != null && withFirst.start() > 0 && withFirst.start() < paren && seg.substring(0, withFirst.start()).trim().split("\\s+").length <= 2) {
                // "products with name (unique), price": the with-list holds the parenthesis
                Optional<DraftEntity> b = heads.entity(seg.substring(0, withFirst.start()), indent);
                if (b.isPresent()) {
                    b.get().addAttributes(seg.substring(withFirst.end()));
                    out.add(b.get());
                    withList = b.get();
                    continue;
                }
            }
            if (paren > 0) {
                Matcher lead = LEAD_LINK.matcher(seg.substring(0, paren).trim());
                if (lead.matches() && !out.isEmpty()) {
                    // "…, written by users (handle unique)": a participle or preposition before the next entity clause
                    String agentOf = lead.group(2);
                    Optional<String> agent = agentColumn(out.get(0), lead.group("verb"));
                    agent.ifPresent(column -> links.add(out.get(0).name + "." + column + " references " + agentOf.toLowerCase(Locale.ROOT).trim()));
                    seg = lead.group(2) + seg.substring(paren);
                    paren = seg.indexOf('(');
                }
                Optional<DraftEntity> b = heads.entity(seg.substring(0, paren), indent);
                if (b.isEmpty()) b = nounBefore(seg.substring(0, paren), indent);
                if (b.isEmpty()) continue;
                String headEnglish = ConnectingWords.english(seg.substring(0, paren).trim().toLowerCase(Locale.ROOT));
                if (ConnectingWords.PER.matcher(headEnglish).matches()) links.add(headEnglish); // "several cart_items per cart (…)": the head is a link too
                int close = RequestText.matching(seg, paren);
                b.get().addAttributes(seg.substring(paren + 1, close < 0 ? seg.length() : close));
                if (JoinClauses.JOIN_HEAD.matcher(seg.substring(0, paren)).matches()) {
                    b.get().attributes.stream().map(Attribute::name).filter(n -> n.endsWith("_id")).limit(2).forEach(b.get().key::add);
                    if (b.get().key.size() < 2) b.get().key.clear();
                }
                out.add(b.get());
                String after = close < 0 ? "" : seg.substring(close + 1).trim();
                if (after.isEmpty()) continue;
                Matcher leadAfter = LEAD_LINK.matcher(after.replaceAll("^[,:\\s]+", ""));
                if (leadAfter.matches() && leadAfter.group(2).indexOf('(') > 0 && heads.entity(leadAfter.group(2).substring(0, leadAfter.group(2).indexOf('(')), indent).isPresent()) {
                    // "messages (…) in channels (name unique)": the entity clause after a preposition is the parent
                    List<DraftEntity> parents = entityList(leadAfter.group(2), indent, links);
                    Optional<String> agent = agentColumn(b.get(), leadAfter.group("verb"));
                    if (!parents.isEmpty()) links.add(agent.isPresent() ? b.get().name + "." + agent.get() + " references " + parents.get(0).name
                            : b.get().name + " belongs to " + parents.get(0).name);
                    out.addAll(parents);
                    continue;
                }
                String next = after.replaceAll("^(?i)(?:[-,:]+\\s*)?(?:for|and|with|plus|also|then|of|y|und|et|e|para|für|pour)?\\s+", "");
                if (next.indexOf('(') > 0 && heads.entity(next.substring(0, next.indexOf('(')), indent).isPresent()) {
                    out.addAll(entityList(next, indent, links));
                } else {
                    String linkText = b.get().words + " " + after.replaceAll("^(?:[,:—\\s]|-(?!>))+", "");
                    Optional<Clause> toClause = linkToClause(linkText, indent);
                    if (toClause.isPresent()) {
                        // "tasks (…) belong to rooms (number, floor)": the object has its own attributes
                        out.addAll(toClause.get().entities());
                        for (String link : toClause.get().restText().split("\n")) if (!link.isBlank()) links.add(link);
                    } else links.add(ConnectingWords.canonical(ConnectingWords.english(linkText.toLowerCase(Locale.ROOT))));
                }
            } else {
                Optional<DraftEntity> linking = joins.linking(seg, indent);
                if (linking.isPresent()) {
                    out.add(linking.get());
                    withList = linking.get().attributes.size() > 2 ? linking.get() : null; // its with-list goes on after the commas
                    continue;
                }
                Matcher with = RequestText.firstTopLevel(ClauseShapes.WITH, seg);
                if (with != null && with.start() > 0) {
                    Optional<DraftEntity> b = heads.entity(seg.substring(0, with.start()), indent);
                    if (b.isPresent()) {
                        b.get().addAttributes(seg.substring(with.end()));
                        out.add(b.get());
                        withList = b.get();
                        continue;
                    }
                }
                String english = ConnectingWords.english(seg.toLowerCase(Locale.ROOT));
                if (ConnectingWords.isLink(english)) {
                    for (String link : ConnectingWords.linkClauses(english)) links.add(ConnectingWords.canonical(link));
                    continue;
                }
                heads.entity(seg, indent).ifPresent(out::add);
            }
        }
        return out;
    }
}
