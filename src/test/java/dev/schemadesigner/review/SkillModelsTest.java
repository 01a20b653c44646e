package dev.schemadesigner.review;

import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.importer.SqlAlchemyImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill's own SQLAlchemy examples (SKILL-SEED.md), reviewed as the skill writes them
 * ({@code review/skill/*.py}, classic style, each after the skill's BaseModel and the existing
 * feedback_analysis model of {@code base.py}).
 */
class SkillModelsTest {
    private static final Path SKILL = RuleFixturesTest.ROOT.resolve("skill");

    @Test
    void painPointsCompositeIndexLeadsWithTheForeignKey() {
        assertThat(objectsOf("fk-missing-index", "pain-points.py")).doesNotContain("pain_points.feedback_id");
    }

    @Test
    void painPointKeywordsAreMultivalued() {
        assertThat(objectsOf("multivalued-column", "pain-points.py")).containsExactly("pain_points.keywords");
    }

    @Test
    void severityWithoutCheckIsACheckCandidate() {
        assertThat(objectsOf("check-candidate", "pain-points.py")).contains("pain_points.severity");
    }

    @Test
    void painPointsPairWithFeedbackAnalysis() {
        assertThat(objectsOf("back-populates-missing", "pain-points.py")).isEmpty();
    }

    @Test
    void timelineFeedbackIdIsANullableForeignKey() {
        assertThat(objectsOf("fk-nullable", "customer-timeline.py")).containsExactly("customer_timeline.feedback_id");
    }

    @Test
    void timelineRelationshipHasNoBackPopulatesAndLoadsLazily() {
        assertThat(objectsOf("back-populates-missing", "customer-timeline.py")).containsExactly("customer_timeline.feedback");
        assertThat(objectsOf("n-plus-one-risk", "customer-timeline.py")).contains("customer_timeline.feedback");
    }

    @Test
    void commentHashWithoutUniqueIsAnUnguardedNaturalKey() {
        List<Finding> findings = review("analysis-cache.py");
        assertThat(findings).filteredOn(f -> f.rule().equals("unique-natural-key")).singleElement()
                .satisfies(f -> assertThat(f.object()).isEqualTo("analysis_cache.comment_hash"))
                .satisfies(f -> assertThat(f.fix()).isPresent());
    }

    @Test
    void theSkillsModelsImportWithOnlyThePythonSideDefaultNotes() {
        // base.py's pain_points relationship has no target where the PainPoint example is not appended
        for (String file : List.of("pain-points.py", "customer-timeline.py", "analysis-cache.py")) {
            ImportResult result = new SqlAlchemyImporter().importModels(source(file));
            assertThat(result.warnings()).extracting(ImportWarning::message)
                    .allMatch(m -> m.contains("is computed in Python, so the database column has no default")
                            || !file.equals("pain-points.py") && m.contains("target PainPoint is not a mapped class of this file"));
        }
    }

    private static List<Finding> review(String file) {
        return new Reviewer().review(ReviewFixtures.python(source(file)));
    }

    private static List<String> objectsOf(String rule, String file) {
        return review(file).stream().filter(f -> f.rule().equals(rule)).map(Finding::object).toList();
    }

    /** The example after base.py, as the skill's project would import it. */
    private static String source(String file) {
        try {
            return Files.readString(SKILL.resolve("base.py")) + "\n" + Files.readString(SKILL.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
