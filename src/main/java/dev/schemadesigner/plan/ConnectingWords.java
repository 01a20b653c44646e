package dev.schemadesigner.plan;

import java.util.LinkedHashMap;
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

    private static final Map<Pattern, String> FOREIGN = new LinkedHashMap<>();
    /** A quick test that lets plain English sentences skip the translation. */
    private static final Pattern ASCII_ENGLISH = Pattern.compile("[\\x00-\\x7f]*");
    private static final Pattern FOREIGN_HINT = Pattern.compile("\\b(cada|jede[rsn]?|chaque|todo|toda|tiene|tienen|hat|haben|kann|können|ont|tem|possui|pertence|pertenece|referencia|verweist|referenziert|responde|antwortet|busca|buscamos|suchen|sucht|cherche|listamos|lista|listar|listen|liste|lister|por|nach|par|y|und|et|e|n:m|m:n|n:n|muchos|muitos|viele|plusieurs|gerente|jefe)\\b");
    private static final Pattern ARTICLES = Pattern.compile("\\b(?:un|una|unos|unas|el|los|las|ein|eine|einen|einem|einer|der|die|das|den|dem|les|l'|une|os|um|uma|uns|umas|des|du|del|zum|zur|ao|aos|la|le)\\s+");

    static {
        put("muchos?[- ]a[- ]muchos?|muitos?[- ]para[- ]muitos?|muitos?[- ]a[- ]muitos?|viele[- ]zu[- ]viele|n[:-]m|plusieurs[- ]à[- ]plusieurs|many[- ]to[- ]many|m:n|n:n", "many-to-many");
        put("cada|jede[rsn]?|chaque|todo|toda", "each");
        put("(?:puede tener|pueden tener|tiene|tienen|kann|können|hat|haben|peut avoir|peuvent avoir|a|ont|pode ter|podem ter|tem|têm|possui|possuem|enthält|enthalten|contient|contiennent|contiene|contienen|contém) "
                + "(?:muchos|muchas|varios|varias|viele|mehrere|plusieurs|beaucoup de|de nombreux|de nombreuses|muitos|muitas|vários|várias)", "has many");
        put("(?:pertenece|pertenecen) (?:a|al)|(?:gehört|gehören) (?:zu|zum|zur)|(?:appartient|appartiennent) (?:à|a|au)|(?:pertence|pertencem) (?:a|ao|à)", "belongs to");
        put("(?:hace referencia a|referencia a|referencian a|referencia|referencian|verweist auf|verweisen auf|referenziert|référence|référencent|fait référence à|referencia|referência|referenciam)", "references");
        put("(?:responde a|responden a|antwortet auf|antworten auf|répond à|répondent à|responde a)", "replies to");
        put("(?:tiene un|tienen un|hat einen|haben einen|a un|ont un|tem um|têm um) (?:gerente|jefe|vorgesetzten|manager|chef|responsable|gestor)", "has a manager");
        put("(?:buscamos|busca|buscar|suchen|sucht|cherchons|cherche|rechercher|buscamos|procuramos|procura) (?:por|nach|par)?", "search");
        put("(?:listamos|lista|listar|listen|auflisten|listons|liste|lister) ", "list ");
        put("(?:por|nach|par)(?= )", "by");
        put("(?:y|und|et|e)(?= )", "and");
    }

    private static void put(String regex, String english) { FOREIGN.put(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])"), english); }

    private static final Pattern ARROW = Pattern.compile("^(.+?)\\s*(?:->|→|=>)\\s*(.+)$");
    private static final Pattern REFERENCES = Pattern.compile("^(.+?)\\s+(?:references?|refers? to|points? to|links? to|is linked to|are linked to|has a foreign key to|have a foreign key to)\\s+(?:an? |the |one )?(.+)$");
    private static final Pattern PER = Pattern.compile("^(?:(?:each|every|one|many|multiple|several|some|zero or more|one or more|any number of)\\s+)?([\\p{L}_ ]+?)\\s+per\\s+(?:an? |each |one )?([\\p{L}_ ]+)$");
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
        if ((m = PER.matcher(s)).matches()) return m.group(1) + " belongs to " + m.group(2);
        return s;
    }

    static boolean isLink(String englishSentence) {
        String c = canonical(englishSentence);
        return !c.equals(englishSentence) || RelationshipPhrases.mentionsRelationship(c);
    }

    private static boolean sameEntity(String a, String b) {
        String x = Naming.singular(Naming.snake(Words.content(a)));
        String y = Naming.singular(Naming.snake(Words.content(b)));
        return x.equals(y);
    }
}
