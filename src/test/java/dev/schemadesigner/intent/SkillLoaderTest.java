package dev.schemadesigner.intent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillLoaderTest {

    @Test
    void loadsTheBundledSchemaDesignerSkillWithItsSevenTriggers() {
        List<Skill> skills = SkillLoader.loadDirectory(Path.of("skills"));

        assertThat(skills).extracting(Skill::name).contains("database-schema-designer");
        Skill skill = skills.stream().filter(s -> s.name().equals("database-schema-designer")).findFirst().orElseThrow();
        assertThat(skill.triggers()).containsExactly("Design database schema", "Create database model",
                "Add new table", "Database migration", "SQLAlchemy model", "Foreign key relationship",
                "Database normalization");
        assertThat(skill.intents()).containsExactly(IntentKind.DESIGN, IntentKind.CHANGE, IntentKind.MIGRATION,
                IntentKind.REVIEW, IntentKind.PERFORMANCE, IntentKind.NORMALIZATION);
        assertThat(skill.capabilities()).extracting(Skill.Capability::id)
                .contains("models", "migrations", "relationships", "performance", "normalization");
        assertThat(skill.checklist()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(skill.body()).startsWith("# Database Schema Designer");
    }

    @Test
    void carriesTheCustomerFeedbackAnalyzerProjectContext() {
        Skill skill = SkillLoader.loadDirectory(Path.of("skills")).get(0);

        Map<String, Object> project = skill.project();
        assertThat(project).containsEntry("name", "Customer Feedback Analyzer")
                .containsEntry("connection_pool_max", 20)
                .containsEntry("dialects", Map.of("production", "postgresql", "development", "sqlite"));
        assertThat(((Map<?, ?>) project.get("tables")).keySet()).isEqualTo(java.util.Set.of("feedback_analysis", "analysis_cache"));
        assertThat(((Map<?, ?>) project.get("base_model")).get("columns")).isEqualTo(List.of("id", "created_at", "updated_at"));
    }

    @Test
    void fallsBackToTheClasspathCopyOfSkills() {
        assertThat(SkillLoader.loadClasspath("skills")).extracting(Skill::name).contains("database-schema-designer");
    }

    @Test
    void addingAFileAddsASkill(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index-advisor.md"), """
                ---
                name: index-advisor
                triggers:
                  - Which index do I need
                intents: [performance]
                ---
                Body.
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a skill");

        List<Skill> skills = SkillLoader.loadDirectory(dir);

        assertThat(skills).singleElement().satisfies(s -> {
            assertThat(s.triggers()).containsExactly("Which index do I need");
            assertThat(s.intents()).containsExactly(IntentKind.PERFORMANCE);
            assertThat(s.body()).isEqualTo("Body.");
        });
    }

    @Test
    void namesFileAndLineOfMalformedFrontMatter() {
        String text = """
                ---
                name: broken
                triggers:
                  - one
                  - [unclosed
                ---
                """;

        assertThatThrownBy(() -> SkillLoader.parse("skills/broken.md", text))
                .isInstanceOf(SkillFormatException.class)
                .hasMessageStartingWith("skills/broken.md:")
                .satisfies(e -> assertThat(((SkillFormatException) e).line()).isBetween(5, 7));
    }

    @Test
    void namesTheLineOfAnUnknownIntent() {
        String text = "---\nname: x\ntriggers: [a]\nintents: [design, dreaming]\n---\n";

        assertThatThrownBy(() -> SkillLoader.parse("x.md", text))
                .isInstanceOf(SkillFormatException.class)
                .hasMessage("x.md:4: unknown intent 'dreaming' in 'intents'");
    }

    @Test
    void rejectsAFileWithoutFrontMatterOrTriggers() {
        assertThatThrownBy(() -> SkillLoader.parse("a.md", "# just markdown"))
                .hasMessage("a.md:1: a skill file starts with a '---' line opening the front matter");
        assertThatThrownBy(() -> SkillLoader.parse("b.md", "---\nname: b\n---\n"))
                .hasMessage("b.md:1: front matter needs at least one entry in 'triggers'");
        assertThatThrownBy(() -> SkillLoader.parse("c.md", "---\nname: c\n"))
                .hasMessageStartingWith("c.md:2: front matter opened on line 1 is never closed");
    }
}
