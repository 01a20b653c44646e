package dev.schemadesigner.plan;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The prompts exist where the code looks for them, stay within the token budget, and fill every placeholder. */
class PlanPromptsTest {

    static final int FIXED_PART_BUDGET = 1_200;
    private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    @Test
    void fixedPartStaysWithinTheTokenBudget() {
        int tokens = CL100K.countTokens(PlanPrompts.bundled().system());

        assertThat(tokens).isLessThanOrEqualTo(FIXED_PART_BUDGET);
    }

    @Test
    void everyPromptTheCodeNamesIsPackaged() {
        for (String name : PlanPrompts.ALL) assertThat(PlanPrompts.prompt(name)).as(name).isNotBlank();
    }

    @Test
    void everyPromptNamedInTheSourcesIsInPromptsFolder() throws IOException {
        Pattern reference = Pattern.compile("\"([a-z_-]+\\.md)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/schemadesigner/plan"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Prompts.java")).toList()) {
                Matcher m = reference.matcher(Files.readString(source));
                while (m.find()) {
                    if (m.group(1).equals("database-schema-designer.md")) continue;
                    assertThat(Path.of("prompts", m.group(1))).as("referenced in " + source).exists();
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("prompts"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(PlanPrompts.ALL);
        }
    }

    @Test
    void fillsEveryPlaceholderOfThePlanAndRepairPrompts() {
        PlanPrompts prompts = PlanPrompts.bundled();
        PlanRequest request = new PlanRequest("add a notes column", BundledProject.schema(), BundledProject.context());

        String plan = prompts.plan(request);
        String repair = prompts.repair(List.of("changes[0]: no such table tickets"));

        assertThat(plan).doesNotContain("{{").contains("\"feedback_analysis\"").endsWith("add a notes column\n");
        assertThat(repair).doesNotContain("{{").contains("- changes[0]: no such table tickets");
    }

    @Test
    void systemPromptCarriesTheSkillChecklist() {
        assertThat(PlanPrompts.bundled().system()).contains("Every foreign key column is the leading column of some index");
    }
}
