package dev.schemadesigner.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connecting words of relationship and access-path sentences in Spanish, German, French and
 * Portuguese, and the other English wordings of the same links ("X -> Y", "X references Y", "X per Y",
 * "X belong to many Y"), rewritten to the English forms {@link RelationshipPhrases} reads. Entity
 * names are left as written.
 */
final class ConnectingWords {
    private ConnectingWords() {}

    /** "many-to-many" as written in the five languages (on the original, lower-case text). */
    static final Pattern MANY_TO_MANY = Pattern.compile("(?<![\\p{L}])(?:muchos?[- ]a[- ]muchos?|muitos?[- ]para[- ]muitos?|muitos?[- ]a[- ]muitos?|viele[- ]zu[- ]viele|n[:-]m|plusieurs[- ]à[- ]plusieurs|many[- ]to[- ]many|m:n|n:n)(?![\\p{L}])");

    private static final Map<Pattern, String> FOREIGN = new LinkedHashMap<>();
    /** A quick test that lets plain English sentences skip the translation. */
    private static final Pattern ASCII_ENGLISH = Pattern.compile("[\\x00-\\x7f]*");
    private static final Pattern FOREIGN_HINT = Pattern.compile("\\b(cada|jede[rsn]?|chaque|todo|toda|tiene|tienen|hat|haben|kann|können|ont|tem|possui|pertencem?|pertenecen?|appartien\\w*|gehör\\w*|referencia|verweist|referenziert|responde|antwortet|busca|buscamos|suchen|sucht|cherche|listamos|lista|listar|listen|liste|lister|por|nach|par|y|und|et|e|n:m|m:n|n:n|muchos|muitos|viele|plusieurs|gerente|jefe|es|est|é|ist|responder|répondre|pro|outro|outra|otro|otra|autre|andere[nrs]?)\\b");
    private static final Pattern ARTICLES = Pattern.compile("\\b(?:un|una|unos|unas|el|los|las|ein|eine|einen|einem|einer|der|die|das|den|dem|les|l'|une|os|um|uma|uns|umas|des|du|del|zum|zur|ao|aos|la|le)\\s+");

    static {
        put("muchos?[- ]a[- ]muchos?|muitos?[- ]para[- ]muitos?|muitos?[- ]a[- ]muitos?|viele[- ]zu[- ]viele|n[:-]m|plusieurs[- ]à[- ]plusieurs|many[- ]to[- ]many|m:n|n:n", "many-to-many");
        put("cada|jede[rsn]?|chaque|todo|toda", "each");
        put("(?:puede tener|pueden tener|tiene|tienen|kann|können|hat|haben|peut avoir|peuvent avoir|a|ont|pode ter|podem ter|tem|têm|possui|possuem|enthält|enthalten|contient|contiennent|contiene|contienen|contém) "
                + "(?:muchos|muchas|varios|varias|viele|mehrere|plusieurs|beaucoup de|de nombreux|de nombreuses|muitos|muitas|vários|várias)", "has many");
        put("(?:pertenece|pertenecen) (?:a|al)|(?:gehört|gehören) (?:zu|zum|zur)|(?:appartient|appartiennent) (?:à|a|au)|(?:pertence|pertencem) (?:a|ao|à)", "belongs to");
        put("(?:hace referencia a|referencia a|referencian a|referencia|referencian|verweist auf|verweisen auf|referenziert|référence|référencent|fait référence à|referencia|referência|referenciam)", "references");
        put("(?:responde a|responden a|antwortet auf|antworten auf|répond à|répondent à|responde a|responder a|répondre à|antworten auf|puede responder a|pode responder a|peut répondre à|kann antworten auf)", "replies to");
        put("(?:es otro|es otra|est un autre|est une autre|é outro|é outra|ist ein anderer|ist eine andere|ist ein anderes|ist auch ein|ist auch eine|es también un|es también una|é também um|é também uma|est aussi un|est aussi une)", "is another");
        put("(?:outro|outra|otro|otra|un autre|une autre|autre|anderen|andere|anderer|anderes)", "another");
        put("(?:tiene un|tienen un|hat einen|haben einen|a un|ont un|tem um|têm um) (?:gerente|jefe|vorgesetzten|manager|chef|responsable|gestor)", "has a manager");
        put("(?:buscamos|busca|buscar|suchen|sucht|cherchons|cherche|rechercher|buscamos|procuramos|procura) (?:por|nach|par)?", "search");
        put("(?:listamos|lista|listar|listen|auflisten|listons|liste|lister) ", "list ");
        put("(?:une?|eine?|um|uma|una?)\\s+([\\p{L}_]+)\\s+(?:par|pro|por)(?= )", "one $1 per");
        put("pro(?= )", "per");
        put("(?:por|nach|par)(?= )", "by");
        put("(?:y|und|et|e)(?= )", "and");
    }

    private static void put(String regex, String english) { FOREIGN.put(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])"), english); }

    private static final Pattern ARROW = Pattern.compile("^(.+?)\\s*(?:->|→|=>)\\s*(.+)$");
    private static final Pattern REFERENCES = Pattern.compile("^(.+?)(?<!\\b(?:a|an|the|its|their|our|his|her|my|your|with|has|have))\\s+(?:references?|refers? to|points? to|links? to|is linked to|are linked to|has a foreign key to|have a foreign key to)\\s+(?:an? |the |one )?(.+)$");
    /**
     * "one api_key per user", "a report card per student per term", "many usage_records per api_key": the child, whether the
     * quantity is one (then the keys to the parents are unique together), and the one or two parents.
     */
    static final Pattern PER = Pattern.compile("^(?:(many|multiple|several|some|zero or more|one or more|any number of)\\s+|(?:each|every|one|an?|exactly one|a single|at most one|only one)\\s+)?"
            + "([\\p{L}_ ]+?)\\s+per\\s+(?:an? |each |one )?([\\p{L}_]+(?: [\\p{L}_]+)?)(?:\\s*(?:,\\s*)?(?:per|and per|and by|and|by|,)\\s+(?:an? |each |one )?([\\p{L}_]+(?: [\\p{L}_]+)?))?$");
    private static final Pattern BELONG_TO_MANY = Pattern.compile("^(?:each |every |an? )?(.+?)\\s+(?:can |may )?(?:belongs? to|(?:be|is|are) in|(?:be|is|are) tagged with|(?:be|is|are) assigned to|(?:be|is|are) linked to|(?:be|is|are) part of|appears? in|(?:be|is|are) enrolled in) (?:many|multiple|several|any number of) (.+)$");
    private static final Pattern BOTH_WAYS = Pattern.compile("^(?:each |every |an? )?(.+?) (?:[a-z]+ ){1,4}?(?:many|multiple|several|any number of|one or more) (.+?),? and (?:each |every |an? )?(.+?) (?:[a-z]+ ){1,4}?(?:many|multiple|several|any number of|one or more) (.+)$");
    private static final Pattern PARENT_IS = Pattern.compile("^(.+?) (?:where |whose |with )?(?:the )?parent (?:is|must be|can be|points to) (?:another|an?|the|one) (.+)$");
    private static final Pattern JOIN = Pattern.compile("^(.+?)\\s*(?:<->|↔|<=>)\\s*(.+)$|^.*?\\b(?:join|junction|link|association|bridge) table (?:between|for|linking|connecting) (.+?) and (.+)$");

    /** The sentence with its connecting words in English, lower case. */
    static String english(String lowerSentence) {
        String s = lowerSentence;
        if (ASCII_ENGLISH.matcher(s).matches() && !FOREIGN_HINT.matcher(s).find()) return s.replaceAll("\\s+", " ").trim();
        boolean foreign = false;
        for (var e : FOREIGN.entrySet()) {
            Matcher m = e.getKey().matcher(s);
            if (m.find()) {
                String before = s;
                s = m.replaceAll(e.getValue());
                if (!s.equals(before) && !e.getValue().equals("and") && !e.getValue().equals("by") && !e.getValue().equals("list ") && !before.contains(e.getValue())) foreign = true;
            }
        }
        if (foreign) s = ARTICLES.matcher(s).replaceAll("");
        return s.replaceAll("\\s+", " ").trim();
    }

    /** The other wordings of a link, as the sentence {@link RelationshipPhrases} reads; the sentence itself when there is none. */
    static String canonical(String englishSentence) {
        String s = englishSentence;
        Matcher m;
        if ((m = BOTH_WAYS.matcher(s)).matches() && sameEntity(m.group(1), m.group(4)) && sameEntity(m.group(2), m.group(3))) {
            return m.group(1) + " and " + m.group(2) + " are many-to-many";
        }
        if ((m = PARENT_IS.matcher(s)).matches()) return m.group(1) + " have a parent " + m.group(2);
        if ((m = JOIN.matcher(s)).matches()) {
            return (m.group(1) != null ? m.group(1) + " and " + m.group(2) : m.group(3) + " and " + m.group(4)) + " are many-to-many";
        }
        if (!s.contains("many-to-many") && (m = BELONG_TO_MANY.matcher(s)).matches()) return m.group(1) + " and " + m.group(2) + " are many-to-many";
        if ((m = ARROW.matcher(s)).matches()) return m.group(1).replaceAll("\\.\\w+$", "") + " belongs to " + m.group(2).replaceAll("\\.\\w+$", "");
        if ((m = REFERENCES.matcher(s)).matches() && !m.group(1).contains(",")) return m.group(1) + " belongs to " + m.group(2);
        if (PER.matcher(s).matches()) return s;
        return s;
    }

    private static final Pattern LINK_HEAD = Pattern.compile("^(.+?\\s*(?:->|\\breferences?|\\brefers? to|\\bpoints? to|\\blinks? to|\\bbelongs? to|\\bhas many|\\bhave many|\\bhas (?:a|an|one)|\\bhave (?:a|an|one))\\s*)"
            + "(?:both |either |an? |the |one )?(.+)$");

    /**
     * A sentence that states several links ("every set belongs to an exercise and every exercise belongs to a workout",
     * "orders -> customers, order_items -> orders", "a delivery references a route and a driver"), one link per clause; a
     * clause without its own verb shares the subject and verb of the clause before it. The sentence itself when it is not
     * a list of links.
     */
    static List<String> linkClauses(String englishSentence) {
        List<String> parts = RequestText.split(englishSentence, false);
        if (parts.size() < 2 || canonical(englishSentence).contains("many-to-many")) return List.of(englishSentence);
        List<String> out = new java.util.ArrayList<>();
        String head = null;
        for (String part : parts) {
            String p = part.trim();
            Matcher m = LINK_HEAD.matcher(p);
            if (PER.matcher(p).matches()) {
                head = null;
                out.add(p);
            } else if (m.matches() && isLink(p)) {
                head = m.group(1).replaceAll("\\b(?:both|either)\\s*$", "");
                out.add(p);
            } else if (head != null && p.split("\\s+").length <= 4 && !p.contains("(") && !RelationshipPhrases.mentionsRelationship(p)) {
                out.add(head + (head.endsWith(" ") ? "" : " ") + p.replaceAll("^(?:(?:each|every|an?|the|one)\\s+)", ""));
            } else return List.of(englishSentence);
        }
        return out;
    }

    static boolean isLink(String englishSentence) {
        String c = canonical(englishSentence);
        return !c.equals(englishSentence) || RelationshipPhrases.mentionsRelationship(c) || PER.matcher(c).matches();
    }

    private static boolean sameEntity(String a, String b) {
        String x = Naming.singular(Naming.snake(Words.content(a)));
        String y = Naming.singular(Naming.snake(Words.content(b)));
        return x.equals(y);
    }
}
