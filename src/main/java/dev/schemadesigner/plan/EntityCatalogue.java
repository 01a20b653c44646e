package dev.schemadesigner.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemadesigner.plan.EntitySpec.Backfill;
import dev.schemadesigner.plan.EntitySpec.Idx;
import dev.schemadesigner.schema.LogicalType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled catalogue of common entities ({@code plan/catalogue.json}): default columns,
 * indexes, many-to-many partners, typical queries and, for the bundled project, backfills. Looked
 * up by table name, singular or synonym, each as snake_case ("order item" → {@code order_items}).
 */
final class EntityCatalogue {

    private static final String RESOURCE = "/plan/catalogue.json";
    private static final EntityCatalogue BUNDLED = load();

    private final Map<String, JsonNode> entries;
    private final Map<String, String> byWord;
    private final List<JsonNode> domains;

    private EntityCatalogue(Map<String, JsonNode> entries, Map<String, String> byWord, List<JsonNode> domains) {
        this.entries = entries;
        this.byWord = byWord;
        this.domains = domains;
    }

    static EntityCatalogue bundled() { return BUNDLED; }

    List<String> tables() { return List.copyOf(entries.keySet()); }

    /** The table a word or phrase names ("pain point", "order_items", "clients"), if the catalogue knows it. */
    Optional<String> tableFor(String words) {
        String key = Naming.snake(words);
        String hit = byWord.get(key);
        if (hit == null) hit = byWord.get(Naming.singular(key));
        return Optional.ofNullable(hit);
    }

    /** The entity with column types for the project's timestamp type. */
    Optional<EntitySpec> entity(String table, LogicalType timestamp) {
        JsonNode node = entries.get(table);
        if (node == null) return Optional.empty();
        return Optional.of(spec(table, node, timestamp));
    }

    /**
     * The tables of the domain a terse request names ("blog database", "hotel booking schema"): the domain whose longest
     * phrase occurs in the words; empty when none does.
     */
    Optional<List<EntitySpec>> domain(String words, LogicalType timestamp) {
        String text = " " + words.replaceAll("[^a-z0-9&-]+", " ").trim() + " ";
        JsonNode best = null;
        int bestLength = 0;
        for (JsonNode d : domains) {
            for (JsonNode w : d.path("words")) {
                String phrase = w.asText();
                if (phrase.length() > bestLength && text.contains(" " + phrase + " ")) {
                    best = d;
                    bestLength = phrase.length();
                }
            }
        }
        if (best == null) return Optional.empty();
        List<EntitySpec> out = new ArrayList<>();
        for (JsonNode t : best.path("tables")) {
            if (t.isTextual()) entity(t.asText(), timestamp).ifPresent(out::add);
            else out.add(spec(t.path("table").asText(), t, timestamp));
        }
        return Optional.of(out);
    }

    private static EntitySpec spec(String table, JsonNode node, LogicalType timestamp) {
        List<EntitySpec.Col> columns = new ArrayList<>();
        node.path("columns").forEach(c -> columns.add(ColumnInference.parseSpec(c.asText(), timestamp)));
        List<Idx> indexes = new ArrayList<>();
        node.path("indexes").forEach(i -> indexes.add(index(i.asText())));
        Optional<Backfill> backfill = Optional.empty();
        JsonNode b = node.path("backfill");
        if (b.isObject()) {
            backfill = Optional.of(new Backfill(b.path("requires").asText(), b.path("description").asText(),
                    b.path("upgrade").asText(), b.path("downgrade").asText()));
        }
        return new EntitySpec(table, columns, indexes, strings(node.path("manyToMany")), strings(node.path("queries")),
                backfill, node.path("notes").asText(""));
    }

    /** {@code [unique:][name=]col,col[ where=SQL]}. */
    static Idx index(String spec) {
        String rest = spec.trim();
        Optional<String> where = Optional.empty();
        int w = rest.indexOf(" where=");
        if (w >= 0) {
            where = Optional.of(rest.substring(w + 7).trim());
            rest = rest.substring(0, w);
        }
        boolean unique = rest.startsWith("unique:");
        if (unique) rest = rest.substring(7);
        Optional<String> name = Optional.empty();
        int eq = rest.indexOf('=');
        if (eq >= 0) {
            name = Optional.of(rest.substring(0, eq));
            rest = rest.substring(eq + 1);
        }
        return new Idx(name, Arrays.stream(rest.split(",")).map(String::trim).toList(), unique, where);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static EntityCatalogue load() {
        try (InputStream in = EntityCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            Map<String, String> byWord = new LinkedHashMap<>();
            for (JsonNode e : root.path("entities")) {
                String table = e.path("table").asText();
                entries.put(table, e);
                byWord.putIfAbsent(table, table);
                byWord.putIfAbsent(Naming.singular(table), table);
                for (JsonNode s : e.path("synonyms")) byWord.putIfAbsent(Naming.snake(s.asText()), table);
            }
            List<JsonNode> domains = new ArrayList<>();
            root.path("domains").forEach(domains::add);
            return new EntityCatalogue(java.util.Collections.unmodifiableMap(entries), Map.copyOf(byWord), List.copyOf(domains));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
