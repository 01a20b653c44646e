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

/** An entity while it is being read (indented bullets may add attributes), and how written attribute items are added to it. */
final class DraftEntity {
    final String name;
    final String words;
    final int indent;
    final List<Attribute> attributes = new ArrayList<>();
    final List<String> key = new ArrayList<>();
    boolean open;
    boolean fromBullet;

    DraftEntity(String name, String words, int indent) {
        this.name = name;
        this.words = words;
        this.indent = indent;
    }

    /** Links written among the attributes ("one invoice per appointment", "unique per user and post"), as sentences for the phrase readers. */
    final List<String> links = new ArrayList<>();

    Entity entity() { return new Entity(name, words, attributes, key); }

    /** "one invoice per appointment", "unique per user and post", "a product only once per customer": this entity counted per others. */
    private static final Pattern ONCE_PER = Pattern.compile("^(?:.*?\\b)?(?:unique|only once|once|one(?: [\\p{L}_]+)?|a single [\\p{L}_]+|at most one [\\p{L}_]+|exactly one [\\p{L}_]+)"
            + "\\s+(?:per|for each|for every)\\s+(.+)$");

    /** "is given in a room", "may be assigned to an agent": an item that is a passive verb and the entity it belongs to. */
    private static final Pattern PLACED = Pattern.compile("(?:^|\\s+and\\s+)(?:is|are|gets|get|(?:can|may)(?: optionally)? be|is optionally)\\s+(optionally\\s+|(?<=(?:can|may) be\\s))?"
            + "(?:\\p{L}{3,}(?:ed|en)|done|given|held|made|run|taught|kept|sold)\\s+(?:in|at|by|to|for|on|from)\\s+(?:an?|the|one)\\s+([\\p{L}_]{3,})$");

    private static final Pattern PER_WORD = Pattern.compile("\\b(?:per|por|pro|par|for each|for every)\\b");

    /** Attribute items; a bare item after "status: open," is another value; "unique" alone qualifies the item before. */
    void addAttributes(String list) {
        StringBuilder kept = new StringBuilder();
        for (String item : commaItems(proseValues(list))) {
            String lower = item.trim().toLowerCase(Locale.ROOT);
            Matcher once = PER_WORD.matcher(lower).find() ? ONCE_PER.matcher(ConnectingWords.english(lower)) : null;
            Matcher placed = PLACED.matcher(lower.replaceAll("[.;]+$", "").trim());
            if (once != null && once.matches()) links.add("one " + Naming.singular(name) + " per " + once.group(1).replaceAll("[.;]+$", ""));
            else if (placed.find()) {
                // "a level (…) and is given in a room": the passive verb links the entity; the words before it are an attribute
                links.add(name + (placed.group(1) != null ? " may belong to " : " belongs to ") + placed.group(2));
                String before = item.trim().substring(0, Math.min(item.trim().length(), placed.start()));
                if (!before.isBlank()) kept.append(kept.length() == 0 ? "" : ", ").append(before);
            }
            else kept.append(kept.length() == 0 ? "" : ", ").append(item);
        }
        addItems(kept.toString());
    }

    private static final String VALUE = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_'-]*";
    /**
     * Values written in prose: "a plan which is free, pro or team", "a priority of low, medium or high", "status entweder entwurf
     * oder veroeffentlicht": single words joined by commas and closed by "or" after a word that introduces values.
     */
    static final Pattern PROSE_VALUES = Pattern.compile("(?i)\\s+(?:which is|that is|that's|is either|either|is one of|one of|can be|could be|of"
            + "|entweder|einer von|eine von|que é|que pode ser|pode ser|um de|uma de|que es|puede ser|uno de|una de|qui est|soit)\\s+"
            + "(" + VALUE + "(?:\\s*,\\s*" + VALUE + ")*\\s*,?\\s+(?:or|oder|ou|o)\\s+" + VALUE + ")(?=\\s*(?:[,;.(]|\\band\\b|\\bund\\b|\\be\\b|\\by\\b|$))");

    static String proseValues(String list) {
        Matcher m = PROSE_VALUES.matcher(list);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> values = List.of(m.group(1).split("\\s*,\\s*(?:(?:or|oder|ou|o)\\s+)?|\\s+(?:or|oder|ou|o)\\s+"));
            boolean plain = values.stream().allMatch(v -> !v.isBlank() && !v.matches(".*(_id|_at|_on)$") && !AttributeReader.hintWords(v.toLowerCase(Locale.ROOT)));
            m.appendReplacement(out, Matcher.quoteReplacement(plain ? " (" + String.join(", ", values.stream().map(String::trim).toList()) + ")" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Items at top-level commas and semicolons only (an "and" may join the things a link counts per). */
    private static List<String> commaItems(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if ((c == ',' || c == ';') && depth == 0) {
                out.add(list.substring(from, i));
                from = i + 1;
            }
        }
        out.add(list.substring(from));
        return out;
    }

    private void addItems(String list) {
        DraftEntity entity = this;
        boolean valuesOpen = false;
        for (String item : RequestText.split(list, false)) {
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
            if (last >= 0 && RELATIVE.contains(first) && AttributeReader.hintWords(t.toLowerCase(Locale.ROOT))) {
                // "email, die eindeutig sein muss", "email, which must be unique": a relative clause is the rule of the item before it
                Attribute a = entity.attributes.get(last);
                entity.attributes.set(last, new Attribute(a.name(), a.hints().and(AttributeReader.hints(t, List.of()))));
                continue;
            }
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
            if (t.matches("(?i)none|nothing|nobody|no one|ninguno|ninguna|nada|aucun|aucune|rien|keine[nr]?|nichts|nenhum|nenhuma")) continue;
            Matcher spelled = SPELLED_NAME.matcher(t);
            if (spelled.matches()) t = spelled.group(2) + (AttributeReader.hintWords(spelled.group(1).toLowerCase(Locale.ROOT)) ? " " + spelled.group(1) : "");
            Matcher whether = WHETHER.matcher(t);
            if (whether.matches()) t = whether.group(1);
            Optional<AttributeReader.Read> read = AttributeReader.read(t);
            if (read.isEmpty()) continue;
            Attribute a = read.get().attribute();
            if (a.name().equals("id") && a.hints().reference().isEmpty()) { valuesOpen = false; continue; }
            if (a.hints().reference().isPresent() && isLastItem(list, item) && !isKeyName(a.name(), a.hints().reference().get())) {
                // "albums: title, released_on -> artists": the arrow after the last attribute links the entity, not that attribute
                String key = Naming.singular(AttributeReader.name(a.hints().reference().get())) + "_id";
                entity.attributes.add(new Attribute(a.name(), a.hints().withReference(Optional.empty())));
                if (entity.attributes.stream().noneMatch(x -> x.name().equals(key))) entity.attributes.add(new Attribute(key, Hints.NONE.withReference(a.hints().reference())));
                valuesOpen = false;
                continue;
            }
            int same = -1;
            for (int i = 0; i < entity.attributes.size(); i++) if (entity.attributes.get(i).name().equals(a.name())) same = i;
            if (same >= 0) entity.attributes.set(same, new Attribute(a.name(), entity.attributes.get(same).hints().and(a.hints())));
            else entity.attributes.add(a);
            valuesOpen = read.get().valuesOpen();
        }
    }

    static boolean isLastItem(String list, String item) {
        List<String> items = RequestText.split(list, false);
        return !items.isEmpty() && items.get(items.size() - 1).equals(item) && items.size() > 1;
    }

    /** A column that can hold a key to {@code target}: "*_id", the target's own name, or a role word ("author -> users"), not a date, number or common column. */
    static boolean isKeyName(String column, String target) {
        String t = Naming.singular(AttributeReader.name(target));
        if (column.matches(".*_(id|key|ref|uuid|fk)$") || column.equals(t) || column.equals(AttributeReader.name(target))) return true;
        boolean plainWord = ColumnInference.infer(column, dev.schemadesigner.schema.LogicalType.TIMESTAMPTZ).type().equals(dev.schemadesigner.schema.LogicalType.varchar(255));
        return plainWord && !ClauseShapes.COMMON_COLUMNS.contains(column);
    }

    /** "a start time (starts_at)": words, then the column's own name in parentheses — the name is kept, the words stay as hints. */
    static final Pattern SPELLED_NAME = Pattern.compile("^(.*?\\p{L}.*?)\\s*\\(([a-z][a-z0-9]*_[a-z0-9_]+)\\)$");
    /** "whether it's enabled": a flag named by its adjective. */
    static final Pattern WHETHER = Pattern.compile("(?i)^whether\\s+(?:it'?s\\s+|it is\\s+|they are\\s+|they're\\s+|(?:the|a)\\s+\\w+\\s+(?:is|was)\\s+)?(\\p{L}[\\p{L}_]*)$");

    static final Set<String> RELATIVE = Set.of("which", "that", "die", "der", "das", "welche", "welcher", "que", "qui", "lequel", "laquelle");

    static final Set<String> HINT_FIRST = Set.of("defaults", "default", "must", "may", "can", "should", "not", "never", "always",
            "between", "non-negative", "positive", "optional", "required", "nullable", "unique", "indexed", "at", "up");

    /** A value after an open value list: one to three plain words that mean nothing as a column ("closed", "in progress", "or archived"). */
    static boolean isValue(String item) {
        String t = item.trim().replaceAll("(?i)^(or|o|oder|ou)\\s+", "");
        if (t.matches("(['\"]).*\\1")) return true;
        if (!t.matches("[\\p{L}\\p{N}_ '.+#&-]+") || t.split("\\s+").length > 3) return false;
        String lower = t.toLowerCase(Locale.ROOT);
        if (AttributeReader.hintWords(lower) || lower.matches(".*(_id|_at|_on)$")) return false;
        String name = AttributeReader.name(t);
        var inferred = ColumnInference.infer(name, dev.schemadesigner.schema.LogicalType.TIMESTAMPTZ);
        // states such as approved, paid, done are values of a status, not flags
        boolean stateWord = inferred.type().equals(dev.schemadesigner.schema.LogicalType.BOOLEAN) && !name.matches("(is|has)_.*");
        return (stateWord || inferred.type().equals(dev.schemadesigner.schema.LogicalType.varchar(255)) && inferred.nullable()) && inferred.fk().isEmpty();
    }
}
