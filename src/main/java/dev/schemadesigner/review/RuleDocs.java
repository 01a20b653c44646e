package dev.schemadesigner.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule documentation, read from the resource {@code review/docs/<id>.md}: the text of the rule's
 * class comment, under the headings {@link #HEADINGS}, each written {@code ## <heading>}.
 */
public final class RuleDocs {
    public static final List<String> HEADINGS = List.of("What it flags", "Why it matters", "Example", "Fix", "Limits");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private RuleDocs() {}

    /** The markdown for a rule id; throws when the resource is missing, since every rule must have docs. */
    public static String of(String id) {
        return CACHE.computeIfAbsent(id, RuleDocs::load);
    }

    /** The sections of a docs text by heading, in order; headings other than {@link #HEADINGS} are kept too. */
    public static Map<String, String> sections(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) out.put(heading, String.join("\n", body).strip());
                heading = line.substring(3).strip();
                body.clear();
            } else if (heading != null) {
                body.add(line);
            }
        }
        if (heading != null) out.put(heading, String.join("\n", body).strip());
        return out;
    }

    private static String load(String id) {
        String path = "/review/docs/" + id + ".md";
        try (InputStream in = RuleDocs.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("rule " + id + " has no documentation resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
