package dev.schemadesigner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Many-to-many clauses: the join table a request names or implies, with the composite key of both references. */
final class JoinClauses {
    private final EntityHeads heads;
    private final ClauseReader clauses;

    JoinClauses(EntityHeads heads, ClauseReader clauses) {
        this.heads = heads;
        this.clauses = clauses;
    }

    static final Pattern M2M_THROUGH = Pattern.compile("^(?:each |every |an? )?(.+?) and (.+?) (?:are|is) (?:linked )?many-to-many (?:through|via|using|in|with) (?:a |the )?(?:join table |table )?"
            + "([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?:\\((.*)\\))?$");
    static final Pattern M2M_WITH = Pattern.compile("^.*?many-to-many (?:relationship |link )?between (.+?) and (.+?),? (?:with|storing|that stores|holding) (.+?)"
            + "(?: on (?:the|each) (?:link|join|relationship|association|pair|join table))?$");
    /** A join table explicitly introduced ("join table project_members(…)"). */
    static final Pattern JOIN_HEAD = Pattern.compile("(?i)^\\s*(?:a |the )?(?:join|junction|link|association|bridge|pivot) table\\b.*");

    /** "students and courses are many-to-many through enrollments (enrolled_on)", "many-to-many between movies and actors, with character_name". */
    Optional<DraftEntity> joinTable(String english, int indent) {
        Matcher m = M2M_THROUGH.matcher(english);
        String a, b, name, attributes;
        if (m.matches()) {
            a = m.group(1); b = m.group(2); name = m.group(3); attributes = m.group(4);
        } else if ((m = M2M_WITH.matcher(english)).matches()) {
            a = m.group(1); b = m.group(2); name = null; attributes = m.group(3);
        } else return Optional.empty();
        Optional<DraftEntity> left = heads.entity(a, indent);
        Optional<DraftEntity> right = heads.entity(b, indent);
        if (left.isEmpty() || right.isEmpty()) return Optional.empty();
        String leftKey = Naming.singular(left.get().name) + "_id";
        String rightKey = Naming.singular(right.get().name) + "_id";
        DraftEntity join = name != null ? heads.entity(name, indent).orElse(null)
                : new DraftEntity(Naming.fit(Naming.singular(left.get().name) + "_" + right.get().name), "", indent);
        if (join == null) return Optional.empty();
        join.addAttributes(leftKey + ", " + rightKey + (attributes == null ? "" : ", " + attributes));
        join.key.addAll(List.of(leftKey, rightKey));
        return Optional.of(join);
    }

    static final Pattern JOIN_NAME = Pattern.compile("(?i)(?:via|through|using|in|into|mediante|por medio de|em|über|par|à travers|dans|with|con|com|mit)\\s+"
            + "(?:(?:la|le|the|a|an|el|una|un|der|die|einer|eine|uma|um|a)\\s+)?(?:(?:join|junction|link|table|tabla|tabelle|tabela|intermediate|intermedia)\\s+)*"
            + "([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?:\\((.*)\\))?\\s*$");

    /**
     * "films (titre) et acteurs (nom) : relation plusieurs-à-plusieurs via la table roles (film_id, acteur_id, personnage)": two
     * entity clauses, then the many-to-many between them and its join table (named or {@code <first singular>_<second plural>}).
     */
    Optional<List<DraftEntity>> clausesThenManyToMany(String s, int indent) {
        Matcher m2m = ConnectingWords.MANY_TO_MANY.matcher(s.toLowerCase(Locale.ROOT));
        if (!m2m.find()) return Optional.empty();
        int close = s.lastIndexOf(')', m2m.start());
        if (close < 0 || RequestText.depthAt(s, close) != 1) return Optional.empty();
        String sides = s.substring(0, close + 1);
        if (!ClauseShapes.hasEntityClause(sides)) return Optional.empty();
        List<DraftEntity> list = clauses.entityList(sides, indent);
        if (list.size() != 2) return Optional.empty();
        DraftEntity left = list.get(0), right = list.get(1);
        String leftKey = Naming.singular(left.name) + "_id";
        String rightKey = Naming.singular(right.name) + "_id";
        Matcher named = JOIN_NAME.matcher(s.substring(m2m.end()));
        DraftEntity join = null;
        String attributes = "";
        if (named.find()) {
            join = heads.entity(named.group(1), indent).orElse(null);
            if (join != null) join = new DraftEntity(AttributeReader.name(named.group(1)), named.group(1).toLowerCase(Locale.ROOT), indent);
            attributes = named.group(2) == null ? "" : named.group(2);
        }
        if (join == null) join = new DraftEntity(Naming.fit(Naming.singular(left.name) + "_" + right.name), "", indent);
        join.addAttributes(leftKey + ", " + rightKey + (attributes.isBlank() ? "" : ", " + attributes));
        join.key.addAll(List.of(leftKey, rightKey));
        List<DraftEntity> out = new ArrayList<>(list);
        out.add(join);
        return Optional.of(out);
    }

    /** "order_items linking orders and products with quantity", "a table wishlist_item that links a customer to a product with added_at". */
    static final Pattern LINKING = Pattern.compile("(?i)^(?:(?:please |also |then )?(?:add|create|make|build|we need|i need|we want|i want)\\s+)?(?:an? |the )?(?:new )?(?:(?:join |junction |link |bridge )?table\\s+)?"
            + "([\\p{L}_][\\p{L}\\p{N}_]*)\\s*,?\\s+(?:linking|that links|which links|that link|which link|connecting|that connects|which connects|joining|that joins|which joins|relating|that relates"
            + "|que ligam|que liga|ligando|que relacionam|que relaciona|que unen|que une|que relacionan|que relaciona|que vinculan|que vincula"
            + "|die verbinden|die verbindet|verbinden|verbindet|qui relient|qui relie|reliant)\\s+"
            + "(?:an? |the |each |one |um |uma |un |una |ein |eine |einen |le |la |les |el |los |las |o |os |as )?([\\p{L}_][\\p{L}\\p{N}_]*)\\s+"
            + "(?:and|to|with|with an?|to an?|and an?|and the|to the|a|e|y|und|mit|et|à|au|con|com)\\s+"
            + "(?:an? |the |each |one |um |uma |un |una |ein |eine |einen |einem |le |la |les |el |los |las |o |os |as )?([\\p{L}_][\\p{L}\\p{N}_]*)"
            + "(?:\\s*\\(([^()]*)\\))?(?:\\s*,?\\s*(?:with|having|storing|holding|and|plus|that stores|which stores|com|con|mit|avec|e|y|und|et)\\s+(.+))?$");

    /** A named table that links two entities: a join table with both references as its composite key and the attributes written after them. */
    Optional<DraftEntity> linking(String s, int indent) {
        Matcher m = LINKING.matcher(s.trim().replaceAll("[.;]+$", ""));
        if (!m.matches()) return Optional.empty();
        Optional<DraftEntity> join = heads.entity(m.group(1), indent);
        Optional<DraftEntity> left = heads.entity(m.group(2), indent);
        Optional<DraftEntity> right = heads.entity(m.group(3), indent);
        if (join.isEmpty() || left.isEmpty() || right.isEmpty() || left.get().name.equals(right.get().name)) return Optional.empty();
        String leftKey = Naming.singular(left.get().name) + "_id";
        String rightKey = Naming.singular(right.get().name) + "_id";
        String attributes = m.group(4) != null ? m.group(4) : m.group(5);
        join.get().addAttributes(leftKey + ", " + rightKey + (attributes == null || attributes.isBlank() ? "" : ", " + attributes));
        join.get().key.addAll(List.of(leftKey, rightKey));
        return join;
    }
}
