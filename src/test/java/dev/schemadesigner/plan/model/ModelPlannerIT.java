package dev.schemadesigner.plan.model;

import dev.schemadesigner.plan.BundledProject;
import dev.schemadesigner.plan.CorpusScore;
import dev.schemadesigner.plan.DesignRequestCase;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.plan.Plan;
import dev.schemadesigner.plan.PlanRequest;
import dev.schemadesigner.plan.PlanSource;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Against a real provider, out of the default build (Surefire runs {@code *Test} only): run with
 * {@code SD_MODEL_PROVIDER} (and key, name, base URL as needed) set, e.g.
 * {@code SD_MODEL_PROVIDER=ollama mvn test -Dtest=ModelPlannerIT}. Asserts on the parsed plan only.
 */
class ModelPlannerIT {

    private static ModelSettings configured() {
        Map<String, String> env = System.getenv();
        ModelSettings settings = ModelSettings.from(env);
        assumeTrue(settings.enabled(), "SD_MODEL_PROVIDER is not set: no real provider to test against");
        return settings;
    }

    private static Plan plan(String message) {
        Schema current = BundledProject.schema();
        return ModelPlanner.forSettings(configured()).plan(new PlanRequest(message, current, BundledProject.context()));
    }

    @Test
    void designsATableThatAppliesToTheBundledProject() {
        Plan plan = plan("Design database schema for pain point tracking: each feedback analysis has many pain points with a category and a severity from 1 to 10");

        assertThat(plan.fallback()).as("the model's answer was used").isEmpty();
        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        Schema after = plan.result(BundledProject.schema());
        assertThat(after.tables()).anySatisfy(t -> assertThat(t.foreignKeys()).anySatisfy(fk -> assertThat(fk.referencedTable()).isEqualTo("feedback_analysis")));
    }

    @Test
    void addsAColumnToAnExistingTable() {
        Plan plan = plan("add a nullable text column notes to feedback_analysis");

        assertThat(plan.fallback()).isEmpty();
        assertThat(plan.result(BundledProject.schema()).requireTable("feedback_analysis").columns()).anySatisfy(c -> assertThat(c.name()).isEqualTo("notes"));
    }

    /**
     * The design-request corpus scored on the model planner, with the rule planner's score printed beside it in the
     * same format, so an operator with a key can compare both planners. Asserts only that the model answered.
     */
    @Test
    void scoresTheDesignRequestCorpusLikeTheRulePlanner() {
        var settings = configured();
        for (String set : java.util.List.of("dev", "untuned", "untuned-second", "untuned-first")) {
            var cases = DesignRequestCase.load(set);
            if (cases.isEmpty()) continue;
            CorpusScore model = CorpusScore.of(set, cases, ModelPlanner.forSettings(settings));
            CorpusScore rules = CorpusScore.of(set, cases, new RulePlanner());
            System.out.println(model.report());
            System.out.println("[" + set + "] model planner (" + settings.modelName() + "): " + model.headline());
            System.out.println("[" + set + "] rule planner: " + rules.headline());
            assertThat(model.share()).isPositive();
        }
    }
}
