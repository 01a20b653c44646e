package dev.schemadesigner.review;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue stays whole: every rule class registered, documented, and in RULES.md with its id and severity. */
class RulesCatalogueTest {
    private static final Path RULES_SOURCES = Path.of("src/main/java/dev/schemadesigner/review/rules");
    private static final Path DOCS = Path.of("src/main/resources/review/docs");
    /** The catalogue of ../shared/RULES.md, kept in the repository so a clone alone passes (copy it again when the catalogue changes). */
    private static final Path RULES_MD = Path.of("docs/rules.md");
    private static final List<String> SECTIONS = List.of("Schema design", "Normalization", "Performance",
            "Migration safety (per operation, per dialect)");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|.*\\|\\s*(error|warning|info)\\s*\\|\\s*$");

    @Test
    void everyClassUnderRulesIsRegistered() throws IOException {
        Set<String> registered = Rules.all().stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(RULES_SOURCES)) {
            List<String> classes = files.filter(p -> p.toString().endsWith(".java")).map(RulesCatalogueTest::className).toList();
            assertThat(classes).isNotEmpty();
            assertThat(registered).containsExactlyInAnyOrderElementsOf(classes);
        }
    }

    @Test
    void idsAreUniqueAndClassesAreNamedAfterThemInTheirAreaFolder() {
        assertThat(Rules.all().stream().map(Rule::id)).doesNotHaveDuplicates();
        for (Rule rule : Rules.all()) {
            String expected = Arrays.stream(rule.id().split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining()) + "Rule";
            assertThat(rule.getClass().getSimpleName()).isEqualTo(expected);
            assertThat(rule.getClass().getPackageName()).endsWith(".rules." + rule.area().label());
        }
    }

    @Test
    void everyRuleHasDocsUnderTheFiveHeadings() {
        for (Rule rule : Rules.all()) {
            Map<String, String> sections = RuleDocs.sections(rule.docs());
            assertThat(sections.keySet()).as(rule.id()).containsExactlyElementsOf(RuleDocs.HEADINGS);
            sections.forEach((heading, body) -> assertThat(body).as(rule.id() + " " + heading).isNotBlank());
        }
    }

    /** The docs resource is the class comment; {@code -Dgolden.update=true} rewrites the resources from the comments. */
    @Test
    void docsResourceIsTheClassComment() throws IOException {
        for (Rule rule : Rules.all()) {
            Path source = Path.of("src/main/java", rule.getClass().getName().replace('.', '/') + ".java");
            String comment = classComment(Files.readString(source));
            Path resource = DOCS.resolve(rule.id() + ".md");
            if (Boolean.getBoolean("golden.update")) Files.writeString(resource, comment);
            assertThat(Files.readString(resource)).as(rule.id()).isEqualTo(comment);
        }
    }

    @Test
    void everyIdOfTheCoveredSectionsOfRulesMdIsARuleWithItsSeverity() throws IOException {
        Map<String, String> catalogue = catalogue(Files.readAllLines(RULES_MD));
        assertThat(catalogue).hasSize(51);
        Map<String, String> ours = new LinkedHashMap<>();
        Rules.all().forEach(r -> ours.put(r.id(), r.severity().label()));
        assertThat(ours).containsExactlyInAnyOrderEntriesOf(catalogue);
    }

    private static Map<String, String> catalogue(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) inSection = SECTIONS.contains(line.substring(3).trim());
            Matcher m = ROW.matcher(line);
            if (inSection && m.matches()) out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static String classComment(String source) {
        int classAt = source.indexOf("public final class");
        int start = source.lastIndexOf("/**", classAt);
        int end = source.lastIndexOf("*/", classAt);
        List<String> lines = new ArrayList<>();
        for (String line : source.substring(start + 3, end).split("\n")) {
            String stripped = line.replaceFirst("^\\s*\\* ?", "").stripTrailing();
            if (!(lines.isEmpty() && stripped.isBlank())) lines.add(stripped);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        return String.join("\n", lines) + "\n";
    }

    private static String className(Path file) {
        String relative = Path.of("src/main/java").relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    }
}
