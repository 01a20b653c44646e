package dev.schemadesigner.plan;

import dev.schemadesigner.schema.FkAction;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relationship sentences → links between entities: "each customer has many orders", "an order
 * belongs to a customer", "a task may belong to a project", "posts and tags are many-to-many",
 * "comments can reply to a comment" (a self-reference), "employees have a manager".
 */
final class RelationshipPhrases {
    private RelationshipPhrases() {}

    enum Kind { ONE_TO_MANY, MANY_TO_MANY, SELF }

    /** {@code child.column → parent}; for MANY_TO_MANY parent and child are the two sides, for SELF both are the table. */
    record Link(Kind kind, String parent, String child, String column, boolean optional, FkAction onDelete, Optional<String> backref) {}

    private static final String Q = "(?:each |every |an? |one |the |all |our |many )?";
    private static final Pattern HAS_MANY = Pattern.compile(Q + "(.+?) (?:has|have|can have|contains?|owns?|includes?|holds?) "
            + "(?:many|multiple|several|zero or more|one or more|lots of|a list of|a number of|any number of) (.+)");
    private static final Pattern BELONGS = Pattern.compile(Q + "(.+?) (?:belongs? to|(?:is|are) owned by|(?:is|are) part of|must belong to) "
            + "(?:an? |one |the |exactly one |a single )?(.+)");
    private static final Pattern OPTIONAL = Pattern.compile(Q + "(.+?) (?:may|can optionally|optionally|can) (?:belong to|reference|be linked to|be assigned to|link to) "
            + "(?:an? |one |the )?(.+)");
    private static final Pattern M2M = Pattern.compile("(?:.*?many[- ]to[- ]many (?:relationship )?(?:between|of) )?" + Q + "(.+?) (?:and|&) (.+?)(?: (?:are|is|have a|should be|have))?(?: many[- ]to[- ]many.*)?");
    private static final Pattern REPLY = Pattern.compile("(?:(.+?) )?(?:can |may )?(?:reply|replies|respond|responses|answers?) to (?:an? |other |another |the |each other|one another)?\\s*(.*)");
    private static final Pattern NESTED = Pattern.compile("(?:" + Q + "(.+?) (?:that |which |who )?(?:can be nested|are nested|may be nested|is nested|are threaded|can be threaded|have sub-?\\w+|has sub-?\\w+"
            + "|have a parent.*|has a parent.*|can have a parent.*|may have a parent.*|form a tree|form a hierarchy|can contain other .*|may contain other .*)"
            + "|(?:nested|threaded|hierarchical) (.+))");
    private static final Pattern MANAGER = Pattern.compile(Q + "(.+?) (?:has|have|reports? to) (?:an? |another |one )?(manager|supervisor|boss)\\b.*");

    /** "the manager is another employee", "el jefe es otro empleado": a role column that points back to its own table. */
    private static final Pattern ROLE_IS_ANOTHER = Pattern.compile("(?:the |its |each |every )?([\\p{L}_][\\p{L}\\p{N}_]*) (?:is|are|must be|can be) (?:another|also an?|also another|other) ([^,;]+?)(?:[,;].*)?");

    /** The link the sentence states, with entity names resolved by {@code entity}; empty when it states none. */
    static Optional<Link> parse(String sentence, Function<String, Optional<String>> entity) {
        String s = sentence.trim().replaceAll("^.*?\\b(?:where|in which|such that|so that)\\s+", "");
        if (s.matches(".*many[- ]to[- ]many.*")) {
            Matcher m = M2M.matcher(s);
            if (m.matches()) {
                var a = entity.apply(m.group(1));
                var b = entity.apply(m.group(2));
                if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                    return Optional.of(new Link(Kind.MANY_TO_MANY, a.get(), b.get(), "", false, FkAction.CASCADE, Optional.empty()));
                }
            }
        }
        Matcher m = REPLY.matcher(s);
        if (m.matches()) {
            Optional<String> table = entity.apply(m.group(2)).or(() -> m.group(1) == null ? Optional.empty() : entity.apply(m.group(1)));
            if (table.isPresent()) return Optional.of(self(table.get(), "parent_id", FkAction.CASCADE, "replies"));
        }
        Matcher n = NESTED.matcher(s);
        if (n.matches()) {
            Optional<String> table = entity.apply(n.group(1) != null ? n.group(1) : n.group(2));
            if (table.isPresent()) return Optional.of(self(table.get(), "parent_id", FkAction.CASCADE, "children"));
        }
        Matcher role = ROLE_IS_ANOTHER.matcher(s);
        if (role.matches()) {
            Optional<String> table = entity.apply(role.group(2));
            String column = role.group(1).endsWith("_id") ? role.group(1) : role.group(1) + "_id";
            if (table.isPresent()) return Optional.of(self(table.get(), column, FkAction.SET_NULL, "reports"));
        }
        Matcher boss = MANAGER.matcher(s);
        if (boss.matches()) {
            Optional<String> table = entity.apply(boss.group(1));
            if (table.isPresent()) return Optional.of(self(table.get(), boss.group(2) + "_id", FkAction.SET_NULL, "reports"));
        }
        Matcher has = HAS_MANY.matcher(s);
        if (has.matches()) return link(entity.apply(has.group(1)), has.group(1), entity.apply(has.group(2)), false);
        Matcher opt = OPTIONAL.matcher(s);
        if (opt.matches()) return link(entity.apply(opt.group(2)), opt.group(2), entity.apply(opt.group(1)), true);
        Matcher belongs = BELONGS.matcher(s);
        if (belongs.matches()) return link(entity.apply(belongs.group(2)), belongs.group(2), entity.apply(belongs.group(1)), false);
        return Optional.empty();
    }

    /**
     * The key column for a parent: the parent's name as the request writes it in the singular when that is a stem of the table
     * ("cada libro pertenece a un autor" → autor_id for autores, "jedes Projekt" → projekt_id for projekte), else the singular
     * of the table.
     */
    static String keyFor(String parent, String written) {
        String w = AttributeReader.name(written.trim().replaceAll("^(?:an?|the|one|each|every|exactly one|a single)\\s+", ""));
        if (w.length() >= 3 && !w.equals(parent) && parent.startsWith(w) && parent.length() - w.length() <= 3 && !w.equals(Naming.singular(parent))) return w + "_id";
        return Naming.singular(parent) + "_id";
    }

    private static Link self(String table, String column, FkAction onDelete, String backref) {
        return new Link(Kind.SELF, table, table, column, true, onDelete, Optional.of(backref));
    }

    /** Owned children: NOT NULL + ON DELETE CASCADE; optional ones: NULL + ON DELETE SET NULL. */
    private static Optional<Link> link(Optional<String> parent, String parentWords, Optional<String> child, boolean optional) {
        if (parent.isEmpty() || child.isEmpty()) return Optional.empty();
        if (parent.get().equals(child.get())) return Optional.of(self(parent.get(), "parent_id", FkAction.CASCADE, "children"));
        return Optional.of(new Link(Kind.ONE_TO_MANY, parent.get(), child.get(), keyFor(parent.get(), parentWords), optional,
                optional ? FkAction.SET_NULL : FkAction.CASCADE, Optional.empty()));
    }

    /**
     * "a report card per student per term", as written: the child's words, the words of each thing it is counted per (an entity,
     * or a column of the child such as "year"), and whether there is one child per combination (then they are unique together).
     */
    record Per(String child, List<String> per, boolean one) {}

    static Optional<Per> per(String sentence) {
        Matcher m = ConnectingWords.PER.matcher(sentence.trim());
        if (!m.matches()) return Optional.empty();
        List<String> per = new java.util.ArrayList<>(List.of(m.group(3)));
        if (m.group(4) != null) per.add(m.group(4));
        String childWords = m.group(2).replaceAll("(?<=\\S)\\s+(?:rows?|records?|entry)$", ""); // "one settings row per user"
        String child = AttributeReader.name(childWords);
        boolean pluralChild = !Naming.singular(child).equals(child) && m.group(0).matches("(?s)^(?!(?:one|a|an|each|every|exactly one|a single|at most one|only one)\\s).*");
        return Optional.of(new Per(childWords, per, m.group(1) == null && !pluralChild));
    }

    static boolean mentionsRelationship(String sentence) {
        return sentence.matches(".*\\b(has many|have many|has multiple|have multiple|belongs? to|many[- ]to[- ]many|reply to|replies to|respond to|nested|threaded"
                + "|owned by|part of|may belong|can have many|contains? many|manager|reports to|can be linked|optionally|have a parent|has a parent|can have a parent|form a tree|is another|are another|is also an?)\\b.*");
    }
}
