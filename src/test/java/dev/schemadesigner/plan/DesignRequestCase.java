package dev.schemadesigner.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One hand-written design request of {@code src/test/resources/plan/requests/<set>/*.json} with the
 * expectation lines a demanding user would check in the result (format: that folder's README.md).
 */
public record DesignRequestCase(String set, String file, String id, String form, String language, Optional<String> project,
                                String request, List<String> expect) {

    public static final String ROOT = "/plan/requests/";
    static final Set<String> FORMS = Set.of("parentheses", "colon", "with-has", "bullets", "numbered", "lines", "arrow", "references",
            "each-has-many", "belongs-to", "per", "many-to-many", "self-reference", "prose", "hints", "access-path", "terse", "project",
            "mixed", "vague");
    static final Set<String> LANGUAGES = Set.of("en", "es", "de", "fr", "pt");

    public DesignRequestCase {
        Objects.requireNonNull(id, "id");
        if (!FORMS.contains(form)) throw new IllegalArgumentException(id + ": unknown form '" + form + "', expected one of " + FORMS);
        if (!LANGUAGES.contains(language)) throw new IllegalArgumentException(id + ": unknown language '" + language + "'");
        Objects.requireNonNull(project, "project");
        if (request == null || request.isBlank()) throw new IllegalArgumentException(id + ": empty request");
        expect = List.copyOf(expect);
        if (expect.isEmpty()) throw new IllegalArgumentException(id + ": a case needs at least one expectation");
    }

    /** Every case of a set ({@code dev}, {@code untuned}); empty when the set's folder does not exist yet. */
    public static List<DesignRequestCase> load(String set) {
        URL url = DesignRequestCase.class.getResource(ROOT + set);
        if (url == null) return List.of();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<DesignRequestCase> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) out.addAll(read(set, file));
            Set<String> ids = new HashSet<>();
            for (DesignRequestCase c : out) if (!ids.add(c.id())) throw new IllegalArgumentException("two cases have the id " + c.id());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DesignRequestCase> read(String set, Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) throw new IllegalArgumentException(file + ": expected a JSON array of cases");
        List<DesignRequestCase> out = new ArrayList<>();
        for (JsonNode n : root) {
            List<String> expect = new ArrayList<>();
            n.path("expect").forEach(e -> expect.add(e.asText()));
            JsonNode project = n.path("project");
            out.add(new DesignRequestCase(set, file.getFileName().toString(), text(n, "id", file), text(n, "form", file),
                    n.path("language").asText("en"), project.isMissingNode() || project.isNull() ? Optional.empty() : Optional.of(project.asText()),
                    text(n, "request", file), expect));
        }
        return out;
    }

    private static String text(JsonNode n, String field, Path file) {
        if (!n.hasNonNull(field)) throw new IllegalArgumentException(file.getFileName() + ": a case lacks '" + field + "': " + n);
        return n.get(field).asText();
    }

    @Override
    public String toString() { return id; }
}
