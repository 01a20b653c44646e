package dev.schemadesigner.plan;

import java.util.List;
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

    private static final Pattern ARROW = Pattern.compile("^(.+?)\\s*(?:->|→|=>)\\s*(.+)$");
    private static final Pattern REFERENCES = Pattern.compile("^(.+?)(?<!\\b(?:a|an|the|its|their|our|his|her|my|your|with|has|have))\\s+(?:references?|refers? to|points? to|links? to|is linked to|are linked to|has a foreign key to|have a foreign key to)\\s+(?:an? |the |one )?(.+)$");
    /**
     * "one api_key per user", "a report card per student per term", "many usage_records per api_key": the child, whether the
     * quantity is one (then the keys to the parents are unique together), and the one or two parents.
     */
    static final Pattern PER = Pattern.compile("^(?:(many|multiple|several|some|zero or more|one or more|any number of)\\s+|(?:each|every|one|an?|exactly one|a single|at most one|only one)\\s+)?"
            + "([\\p{L}_ ]+?)\\s+per\\s+(?:an? |each |one )?([\\p{L}_]+(?: [\\p{L}_]+)?)(?:\\s*(?:,\\s*)?(?:per|and per|and by|and|by|,)\\s+(?:an? |each |one )?([\\p{L}_]+(?: [\\p{L}_]+)?))?$");
    private static final Pattern BELONG_TO_MANY = Pattern.compile("^(?:each |every |an? )?(.+?)\\s+(?:can |may )?(?:belongs? to|(?:be|is|are) in|(?:be|is|are) tagged with|(?:be|is|are) assigned to|(?:be|is|are) linked to|(?:be|is|are) part of|appears? in|(?:be|is|are) enrolled in) (?:many|multiple|several|any number of) (.+)$");
    private static final Pattern BOTH_WAYS = Pattern.compile("^(?:each |every |an? )?(.+?) (?:[a-z]+ ){1,4}?(?:many|multiple|several|any number of|one or more) (.+?),? and (?:each |every |an? )?(.+?) (?:[a-z]+ ){1,4}?(?:many|multiple|several|any number of|one or more) (.+?)(?:,? (?:with|storing|holding|and stores|plus) .+)?$");
    private static final Pattern PARENT_IS = Pattern.compile("^(.+?) (?:where |whose |with )?(?:the )?parent (?:is|must be|can be|points to) (?:another|an?|the|one) (.+)$");
    private static final Pattern JOIN = Pattern.compile("^(.+?)\\s*(?:<->|↔|<=>)\\s*(.+)$|^.*?\\b(?:join|junction|link|association|bridge) table (?:between|for|linking|connecting) (.+?) and (.+)$");

    /** The sentence with its connecting words in English, lower case. */
    static String english(String lowerSentence) { return ConnectingWordTable.english(lowerSentence); }

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
                out.add(p.replaceAll("\\b(?:both|either)\\s+", "")); // "references both routes and drivers": routes, then drivers
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
