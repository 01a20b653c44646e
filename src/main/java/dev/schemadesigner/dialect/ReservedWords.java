package dev.schemadesigner.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The words a database will not take as an unquoted name, one list per dialect in
 * {@code reserved-<dialect>.txt} beside this class (each file says where its list comes from).
 */
final class ReservedWords {
    private final Set<String> words;

    private ReservedWords(Set<String> words) { this.words = Set.copyOf(words); }

    static ReservedWords load(String dialectName) {
        String resource = "reserved-" + dialectName + ".txt";
        var in = Objects.requireNonNull(ReservedWords.class.getResourceAsStream(resource), "missing resource " + resource);
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.trim();
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new ReservedWords(words);
    }

    boolean contains(String identifier) { return words.contains(identifier.toLowerCase(Locale.ROOT)); }

    int size() { return words.size(); }
}
