package dev.schemadesigner.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain vocabulary of {@code intent/lexicon.tsv}: multilingual synonym groups with a schema
 * weight and intent-kind hints. {@link #analyze} corrects typos against it, finds the groups in a
 * message in any word order, and rewrites the message in canonical English for the embedding model.
 */
final class Lexicon {

    static final String RESOURCE = "intent/lexicon.tsv";
    /** A snake_case identifier as written, not inside a longer word or another identifier. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{L}[\\p{L}\\p{N}]*(?:_[\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}_])");

    /** A value in single quotes; an apostrophe inside a word ("customer's", "don't") opens none. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("(?<![\\p{L}\\p{N}])'[^'\\n]{1,40}'(?![\\p{L}\\p{N}])");

    /** Everyday words one letter from a schema word ("after" of "alter", "tables" of "enables"): never typos. */
    private static final Set<String> COMMON_WORDS = Set.of("after", "later", "water", "other", "order", "every", "where",
            "there", "these", "those", "still", "while", "about", "under", "value", "values", "using", "having");

    /** One line of the lexicon. */
    record Group(String canonical, double schemaWeight, Map<IntentKind, Double> kindHints) {
        List<String> concepts() {
            return Arrays.asList(canonical.split(" "));
        }

        String englishText() {
            return canonical.replace('_', ' ');
        }
    }

    /** Groups of database work that is not schema design (backups, grants, search indexes, …); see lexicon.tsv. */
    static final String OTHER_SENSE = "not_schema";
    static final String OFF_TOPIC = "off_topic";

    /**
     * What the lexicon found in one message: schema evidence, evidence of another subject (off-topic:
     * furniture, websites, money), and evidence of work that shares the database's vocabulary but is not
     * schema design (other sense: backups, grants, pools, search indexes, schema.org, ML models), and how
     * many names are written as identifiers ({@code user_score}) the way columns and tables are named.
     */
    record Analysis(String canonicalText, Set<String> concepts, double schemaScore, double offTopicScore,
                    double otherSenseScore, int names, Map<IntentKind, Double> kindHints, List<String> corrections) {
        double hint(IntentKind kind) {
            return kindHints.getOrDefault(kind, 0.0);
        }

        boolean has(String concept) {
            return concepts.contains(concept);
        }
    }

    private final Map<String, Group> phrases;
    private final int longestPhrase;
    /** Every word of the lexicon: such a word is never corrected. */
    private final Set<String> vocabulary;
    /** The words of schema groups: what a typo may be read as. */
    private final Set<String> corrections;

    private Lexicon(Map<String, Group> phrases) {
        this.phrases = Map.copyOf(phrases);
        this.longestPhrase = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
        Set<String> words = new TreeSet<>();
        phrases.keySet().forEach(p -> words.addAll(Arrays.asList(p.split(" "))));
        this.vocabulary = Set.copyOf(words);
        // typos are read as schema words only: an off-topic phrase is a specific sense that must be written
        // out ("severity" is not a misspelt "security")
        // and, of a phrase of several words, as its long words only ("foreign" of "foreign key", not "rules" of
        // "normalization rules", which "roles" is one letter from)
        Set<String> targets = new TreeSet<>();
        phrases.forEach((p, group) -> {
            if (group.schemaWeight() >= 0) {
                Arrays.stream(p.split(" ")).filter(w -> !p.contains(" ") || w.length() >= 7).forEach(targets::add);
            }
        });
        this.corrections = Set.copyOf(targets);
    }

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(String tsv) {
        Map<String, Group> phrases = new HashMap<>();
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 4 tab-separated columns");
                }
                Group group = new Group(cols[0].strip(), Double.parseDouble(cols[1]), parseHints(cols[2]));
                for (String phrase : cols[3].split("\\|")) {
                    String key = TextNormalizer.normalize(phrase);
                    if (!key.isEmpty() && phrases.putIfAbsent(key, group) != null) {
                        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": '" + key + "' is listed twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(phrases);
    }

    private static Map<IntentKind, Double> parseHints(String column) {
        Map<IntentKind, Double> hints = new EnumMap<>(IntentKind.class);
        if (!column.strip().equals("-")) {
            for (String pair : column.split(",")) {
                String[] kv = pair.split("=");
                hints.put(IntentKind.fromWire(kv[0]), Double.parseDouble(kv[1]));
            }
        }
        return hints;
    }

    Analysis analyze(String raw) {
        // a value in single quotes ('draft', 'normal') is data, not words of the request
        String text = QUOTED_VALUE.matcher(raw).replaceAll(" value ");
        List<String> corrections = new ArrayList<>();
        StringBuilder canonical = new StringBuilder();
        Set<Group> found = new LinkedHashSet<>();
        int names = 0;
        // an identifier (user_score, feedback_analysis) is a name, not words: it is neither corrected nor read
        // as vocabulary, unless the whole of it is a term of the lexicon (pg_dump, back_populates, pool_size)
        Matcher identifier = IDENTIFIER.matcher(text);
        int last = 0;
        while (identifier.find()) {
            readWords(text.substring(last, identifier.start()), canonical, found, corrections);
            String term = TextNormalizer.normalize(identifier.group());
            Group group = phrases.get(term);
            if (group != null) {
                found.add(group);
                append(canonical, group.schemaWeight() < 0 ? term : group.englishText());
            } else {
                append(canonical, term);
                names++;
            }
            last = identifier.end();
        }
        readWords(text.substring(last), canonical, found, corrections);
        Set<String> concepts = new LinkedHashSet<>();
        Map<IntentKind, Double> hints = new EnumMap<>(IntentKind.class);
        double schema = 0;
        double offTopic = 0;
        double otherSense = 0;
        for (Group group : found) {
            concepts.addAll(group.concepts());
            if (group.schemaWeight() < 0 && group.canonical().startsWith(OTHER_SENSE)) {
                otherSense += -group.schemaWeight();
            } else if (group.schemaWeight() < 0) {
                offTopic += -group.schemaWeight();
            } else {
                schema += group.schemaWeight();
            }
            group.kindHints().forEach((k, v) -> hints.merge(k, v, Double::sum));
        }
        return new Analysis(canonical.toString(), Set.copyOf(concepts), schema, offTopic, otherSense, names, hints,
                List.copyOf(corrections));
    }

    /** Corrects typos in a stretch of prose and finds the lexicon's phrases in it, longest first. */
    private void readWords(String prose, StringBuilder canonical, Set<Group> found, List<String> corrections) {
        List<String> tokens = new ArrayList<>();
        for (String token : TextNormalizer.tokens(prose)) {
            String fixed = correct(token);
            if (!fixed.equals(token)) {
                corrections.add(token + "->" + fixed);
            }
            tokens.add(fixed);
        }
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int n = Math.min(longestPhrase, tokens.size() - i); n >= 1 && matched == 0; n--) {
                Group group = phrases.get(String.join(" ", tokens.subList(i, i + n)));
                if (group != null) {
                    found.add(group);
                    append(canonical, group.schemaWeight() < 0 ? String.join(" ", tokens.subList(i, i + n))
                            : group.englishText());
                    matched = n;
                }
            }
            if (matched == 0) {
                append(canonical, tokens.get(i));
                matched = 1;
            }
            i += matched;
        }
    }

    /** Concepts of a phrase such as a skill trigger ("Add new table" -> add, new, table). */
    Set<String> conceptsOf(String phrase) {
        return analyze(phrase).concepts();
    }

    /**
     * A word of five letters or more that is not in the vocabulary but within one edit (two for
     * nine letters or more) of a word of a schema phrase (not an off-topic one) with the same first letter is
     * read as that word; a word that only adds letters at the end of it is not a typo of it.
     */
    private String correct(String token) {
        if (token.length() < 5 || vocabulary.contains(token) || COMMON_WORDS.contains(token)
                || token.chars().anyMatch(Character::isDigit)) {
            return token;
        }
        int limit = token.length() >= 9 ? 2 : 1;
        String best = token;
        int bestDistance = limit + 1;
        for (String word : corrections) {
            if (word.length() >= 5 && word.charAt(0) == token.charAt(0)) {
                int d = TextNormalizer.distance(token, word, limit);
                // letters added at the end make another word, not a typo ("shortener", "orders" of "order by")
                boolean derived = token.startsWith(word);
                if (d < bestDistance && !derived) {
                    bestDistance = d;
                    best = word;
                }
            }
        }
        return best;
    }

    private static void append(StringBuilder sb, String part) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(part);
    }
}
