package dev.schemadesigner.plan;

import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.EntitySpec.Fk;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Design sentences → entity specs. Understands an entity list ("tables for an online shop:
 * customers, orders, order items, products", "a blog with posts, comments and tags"), one entity
 * with its columns ("a tickets table with subject, severity 1-10, status: open, pending, closed
 * and email, unique"), and a bare subject ("pain point tracking", "customer feedback timeline").
 * Catalogue entities without listed columns get the catalogue's columns.
 */
final class DesignRequestParser {

    /** Specs to create, and new (uncatalogued) tables the sentence named without any column. */
    record Result(List<EntitySpec> specs, List<String> withoutColumns) {
        boolean isEmpty() { return specs.isEmpty() && withoutColumns.isEmpty(); }
    }

    private static final Pattern DESIGN = Pattern.compile("\\b(design|create|build|model|add|need|want|make|set up|generate|track|store|record)\\b"
            + "|\\b(table|tables|tabels|schema|database|db|entities)\\b");
    private static final Pattern DOMAIN_HEAD = Pattern.compile("\\b(tables|schema|database|db|models|system|app|application|entities|platform|site|website|service|for an?)\\b");
    private static final Pattern SINGLE_TABLE_HEAD = Pattern.compile("\\b(table|model|entity)\\b(?!s)");
    private static final Pattern WITH_LIST = Pattern.compile("^(.*?)\\s*(?:\\bwith\\b|\\bhaving\\b|\\bcontaining\\b|\\bincluding\\b|:)\\s*(?:(?:the )?(?:columns|fields|attributes)\\b:?\\s*)?(.+)$");
    private static final Pattern PAREN_VALUES = Pattern.compile("\\b([a-z_][a-z0-9_ ]*?)\\s*\\(([a-z_][a-z0-9_]*(?:\\s*[,/|]\\s*[a-z_][a-z0-9_]*)+)\\)");
    private static final Pattern ONE_OF = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s+(?:one of|either)\\s+([a-z0-9_]+(?:\\s*(?:,|/|\\bor\\b)\\s*[a-z0-9_]+)+)");

    /** "a vendors table", "the vendors tables", "a table called vendors" / "table named vendors". */
    private static final Pattern NAMED_TABLE = Pattern.compile(
            "\\btables? (?:called|named) ([a-z][a-z_]*(?: [a-z][a-z_]*){0,2}?)(?=\\s+with\\b|\\s*[,.:;]|\\s*$)|((?:[a-z][a-z_]* ){0,3}?[a-z][a-z_]*) tables?\\b(?! (?:called|named)\\b)");

    private final EntityCatalogue catalogue;
    private final Schema current;
    private final LogicalType timestamp;

    DesignRequestParser(EntityCatalogue catalogue, Schema current, PlanningContext context) {
        this.catalogue = catalogue;
        this.current = current;
        this.timestamp = context.timestampType();
    }

    static boolean looksLikeDesign(String sentence) { return DESIGN.matcher(sentence).find(); }

    Result parse(String sentence) {
        Result result = parseSpecs(sentence);
        Map<String, String> names = explicitNames(sentence);
        if (names.isEmpty()) return result;
        List<EntitySpec> specs = result.specs().stream().map(spec -> renamed(spec, names)).toList();
        return new Result(specs, result.withoutColumns());
    }

    /**
     * Catalogue tables the user named by a synonym of their own ("a vendors table", "a table called vendors"):
     * the catalogue supplies the columns, the user's word names the table ({@code suppliers} → {@code vendors}).
     */
    private Map<String, String> explicitNames(String sentence) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = NAMED_TABLE.matcher(sentence);
        while (m.find()) {
            String words = Words.content(m.group(1) != null ? m.group(1) : m.group(2));
            String[] parts = words.split(" ");
            // the longest run of trailing words that the catalogue knows: "create a vendors" → "vendors"
            for (int i = 0; i < parts.length && !words.isEmpty(); i++) {
                String phrase = String.join(" ", Arrays.asList(parts).subList(i, parts.length));
                Optional<String> table = catalogue.tableFor(phrase);
                if (table.isEmpty()) continue;
                newTableName(phrase).filter(name -> !name.equals(table.get())).ifPresent(name -> out.putIfAbsent(table.get(), name));
                break;
            }
        }
        return out;
    }

    private static EntitySpec renamed(EntitySpec spec, Map<String, String> names) {
        List<Col> columns = spec.columns().stream().map(c -> c.fk().filter(f -> names.containsKey(f.table()))
                .map(f -> c.withFk(new Fk(names.get(f.table()), f.onDelete(), f.backref()))).orElse(c)).toList();
        List<String> manyToMany = spec.manyToMany().stream().map(t -> names.getOrDefault(t, t)).toList();
        return new EntitySpec(names.getOrDefault(spec.table(), spec.table()), columns, spec.indexes(), manyToMany, spec.queries(),
                spec.backfill(), spec.notes());
    }

    private Result parseSpecs(String sentence) {
        String s = enumsAsColons(sentence);
        Matcher m = WITH_LIST.matcher(s);
        if (m.matches()) {
            List<String> items = Words.items(m.group(2));
            List<String> entityItems = items.stream().filter(i -> exactEntity(i).isPresent()).toList();
            Optional<String> head = entityOf(m.group(1));
            boolean domain = DOMAIN_HEAD.matcher(m.group(1)).find() && !SINGLE_TABLE_HEAD.matcher(m.group(1)).find();
            if (head.isEmpty() && (domain || (!entityItems.isEmpty() && entityItems.size() * 2 >= items.size()))) {
                return entities(items);
            }
            if (head.isEmpty()) head = newTableName(m.group(1));
            if (head.isPresent()) return withColumns(head.get(), items);
        }
        Optional<List<EntitySpec>> domain = DOMAIN_HEAD.matcher(s).find() || looksLikeDesign(s) ? catalogue.domain(s, timestamp) : Optional.empty();
        if (domain.isPresent() && !domain.get().isEmpty()) {
            Map<String, EntitySpec> specs = new LinkedHashMap<>();
            domain.get().forEach(spec -> specs.putIfAbsent(spec.table(), current.hasTable(spec.table()) ? EntitySpec.of(spec.table(), List.of()) : spec));
            return new Result(List.copyOf(specs.values()), List.of());
        }
        List<String> found = catalogueEntitiesIn(s);
        if (!found.isEmpty()) return entities(found);
        return newTableName(s).map(t -> new Result(List.of(), List.of(t))).orElse(new Result(List.of(), List.of()));
    }

    /** "status (open, pending, closed)" and "status one of a/b/c" become "status: open|pending|closed". */
    private static String enumsAsColons(String s) {
        String out = PAREN_VALUES.matcher(s).replaceAll(r -> r.group(1) + ": " + r.group(2).replaceAll("\\s*[,/|]\\s*", "|"));
        return ONE_OF.matcher(out).replaceAll(r -> r.group(1) + ": " + r.group(2).replaceAll("\\s*(?:,|/|\\bor\\b)\\s*", "|"));
    }

    private Result entities(List<String> phrases) {
        Map<String, EntitySpec> specs = new LinkedHashMap<>();
        for (String phrase : phrases) {
            Optional<String> table = entityOf(phrase).or(() -> newTableName(phrase));
            if (table.isEmpty()) continue;
            Optional<EntitySpec> known = catalogue.entity(table.get(), timestamp);
            if (known.isPresent()) specs.putIfAbsent(table.get(), known.get());
            else if (current.hasTable(table.get())) specs.putIfAbsent(table.get(), EntitySpec.of(table.get(), List.of()));
            else specs.putIfAbsent(table.get(), EntitySpec.starter(table.get()));
        }
        return new Result(List.copyOf(specs.values()), List.of());
    }

    /** One entity with the columns the user listed (instead of the catalogue's). */
    private Result withColumns(String table, List<String> items) {
        EntitySpec spec = EntitySpec.of(table, List.of());
        List<EntitySpec> extra = new ArrayList<>();
        Col last = null;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            List<String> values = new ArrayList<>();
            int colon = item.indexOf(':');
            if (colon > 0) {
                values.addAll(Arrays.stream(item.substring(colon + 1).split("\\|")).map(String::trim).filter(v -> !v.isEmpty()).toList());
                item = item.substring(0, colon);
                while (i + 1 < items.size() && isEnumValue(items.get(i + 1))) values.add(items.get(++i).trim());
            }
            if (last != null && isModifierOnly(item)) {
                Col modified = ColumnInference.fromPhrase(last.name() + " " + item, List.of(), timestamp).orElse(last);
                last = last.withUnique(last.unique() || modified.unique()).withNullable(modified.nullable()).withIndexed(last.indexed() || modified.indexed());
                spec = spec.withColumn(last);
                continue;
            }
            Optional<String> entity = values.isEmpty() && isGenericName(item) ? exactEntity(item) : Optional.empty();
            if (entity.isPresent() && !entity.get().equals(table)) {
                if (isPluralMention(item, entity.get())) {
                    spec = spec.withManyToMany(entity.get());
                    catalogue.entity(entity.get(), timestamp).filter(e -> !current.hasTable(e.table())).ifPresent(extra::add);
                    continue;
                }
                last = Col.of(Naming.singular(entity.get()) + "_id", LogicalType.INTEGER, false)
                        .withFk(new Fk(entity.get(), FkAction.RESTRICT, Optional.empty()));
                spec = spec.withColumn(last);
                continue;
            }
            Optional<Col> col = ColumnInference.fromPhrase(item, values.stream().map(v -> v.replaceAll("[^A-Za-z0-9_]", "_")).toList(), timestamp);
            if (col.isEmpty()) continue;
            last = referenceIfKnown(col.get());
            spec = spec.withColumn(last);
        }
        if (spec.columns().isEmpty() && spec.manyToMany().isEmpty()) {
            Optional<EntitySpec> known = catalogue.entity(table, timestamp);
            return known.map(k -> new Result(List.of(k), List.of())).orElse(new Result(List.of(), List.of(table)));
        }
        List<EntitySpec> all = new ArrayList<>(List.of(spec));
        all.addAll(extra);
        return new Result(all, List.of());
    }

    /** {@code customer_id} references customers when that table exists (the planner links tables of the same request later). */
    private Col referenceIfKnown(Col col) {
        return referencedTable(col, current.tables().stream().map(t -> t.name()).toList(), catalogue)
                .map(target -> col.withFk(new Fk(target, FkAction.RESTRICT, Optional.empty()))).orElse(col);
    }

    /**
     * The table an unlinked {@code <x>_id} integer column points at among {@code tables}: {@code <x>s}, {@code <x>}, or the
     * only table named {@code <x>_…} ({@code feedback_id} → {@code feedback_analysis}), or the catalogue's name for
     * {@code <x>} ({@code vendor_id} → {@code suppliers}).
     */
    static Optional<String> referencedTable(Col col, List<String> tables, EntityCatalogue catalogue) {
        if (col.fk().isPresent() || !col.name().endsWith("_id") || !col.type().isInteger()) return Optional.empty();
        String base = col.name().substring(0, col.name().length() - 3);
        for (String candidate : List.of(Naming.plural(base), base)) if (tables.contains(candidate)) return Optional.of(candidate);
        Optional<String> known = catalogue.tableFor(base).filter(tables::contains);
        if (known.isPresent()) return known;
        List<String> prefixed = tables.stream().filter(t -> t.startsWith(base + "_")).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** "customer" or "tags" may name an entity; "category" or "status" are columns whatever the catalogue says. */
    private boolean isGenericName(String item) {
        Col inferred = ColumnInference.infer(Words.content(item).isEmpty() ? item : Words.content(item), timestamp);
        return inferred.type().equals(LogicalType.varchar(255)) && inferred.nullable() && inferred.check().isEmpty();
    }

    private static boolean isModifierOnly(String item) {
        return item.trim().matches("(unique|required|not null|mandatory|optional|nullable|indexed|searchable)( and (unique|required|not null|indexed))?");
    }

    /** A bare word after "status: open," that is a value, not the next column (a column would infer to something specific). */
    private boolean isEnumValue(String item) {
        String t = item.trim();
        if (!t.matches("[A-Za-z][A-Za-z0-9_]*") || exactEntity(t).isPresent()) return false;
        Col inferred = ColumnInference.infer(t, timestamp);
        return inferred.type().equals(LogicalType.varchar(255)) && inferred.nullable() && inferred.fk().isEmpty();
    }

    private static boolean isPluralMention(String item, String table) {
        String last = Naming.snake(item);
        return last.equals(table) || (last.endsWith("s") && !Naming.singular(last).equals(last));
    }

    /** A bare answer such as "customers, orders and products": every item names an entity. */
    boolean isEntityList(String sentence) {
        List<String> items = Words.items(sentence);
        return !items.isEmpty() && items.stream().allMatch(i -> exactEntity(i).isPresent());
    }

    /** The entity a whole list item names ("order items", "customer"), not one it merely contains ("purchase date"). */
    Optional<String> exactEntity(String item) {
        String words = Words.content(item);
        if (words.isEmpty()) return Optional.empty();
        String snake = Naming.snake(words);
        if (current.hasTable(snake)) return Optional.of(snake);
        if (current.hasTable(Naming.plural(snake))) return Optional.of(Naming.plural(snake));
        return catalogue.tableFor(words);
    }

    /** The entity a phrase names: a catalogue entity or an existing table, by its longest matching run of words. */
    Optional<String> entityOf(String phrase) {
        List<String> found = catalogueEntitiesIn(phrase);
        if (found.size() == 1) return Optional.of(found.get(0));
        String words = Words.content(phrase);
        if (words.isEmpty()) return Optional.empty();
        String snake = Naming.snake(words);
        if (current.hasTable(snake)) return Optional.of(snake);
        if (current.hasTable(Naming.plural(snake))) return Optional.of(Naming.plural(snake));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Catalogue entities and existing tables named in the text, longest phrases first, in the order they appear. */
    List<String> catalogueEntitiesIn(String text) {
        String[] words = Words.content(text).split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(4, words.length - i); n >= 1; n--) {
                String phrase = String.join(" ", Arrays.asList(words).subList(i, i + n));
                if (phrase.isBlank()) continue;
                Optional<String> hit = catalogue.tableFor(phrase);
                String snake = Naming.snake(phrase);
                if (hit.isEmpty() && current.hasTable(snake)) hit = Optional.of(snake);
                if (hit.isPresent()) {
                    if (!out.contains(hit.get())) out.add(hit.get());
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** A new table named by at most three plain words ("warranty claims" → warranty_claims). */
    static Optional<String> newTableName(String phrase) {
        String words = Words.content(phrase);
        if (words.isEmpty() || !words.matches("[a-z][a-z ]*") || words.split(" ").length > 3) return Optional.empty();
        return Optional.of(Naming.fit(Naming.plural(Naming.snake(words))));
    }
}
