package dev.schemadesigner.plan;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.plan.PlanSource.Cause;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit 2.23: a model plan whose CHECK breaks out of its expression is refused with the reason; the rule planner answers. */
class ModelPlanExpressionsTest {

    private static final String NOTES = "add a notes column to feedback_analysis";

    @Test
    void aPlanWithABreakoutCheckIsRefusedAndTheRulePlannerAnswers() {
        String hostile = Json.write(Map.of("changes", List.of(Map.of("op", "add_check", "table", "feedback_analysis", "not_valid", false,
                "check", Map.of("name", "ck_llm", "expression", "1 = 1); CREATE TABLE public.sd_m_llm (x int CHECK (x > 0")))));
        FakeChatModel model = FakeChatModel.answering(hostile, hostile, hostile);
        PlanRequest request = new PlanRequest(NOTES, BundledProject.schema(), BundledProject.context());

        Plan plan = new ModelPlanner(model, "fake-model", Optional.of(ResponseFormat.JSON), 2, new RulePlanner()).plan(request);

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.RULES);
        assertThat(plan.fallback()).map(PlanSource.Fallback::cause).contains(Cause.INVALID_OUTPUT);
        assertThat(plan.fallback()).map(PlanSource.Fallback::detail).get().asString().contains("only one expression; found ';'");
        assertThat(plan.changes()).isEqualTo(new RulePlanner().plan(request).changes());
        assertThat(Json.write(plan.changes())).doesNotContain("sd_m_llm");
    }

    @Test
    void aPlanCallingAFunctionOutsideTheAllowListIsRefused() {
        String hostile = Json.write(Map.of("changes", List.of(Map.of("op", "add_column", "table", "feedback_analysis",
                "column", Map.of("name", "leak", "type", "text", "nullable", true, "identity", false,
                        "default_value", Map.of("kind", "expression", "sql", "pg_read_file('/etc/hostname')"))))));
        FakeChatModel model = FakeChatModel.answering(hostile, hostile, hostile);

        Plan plan = new ModelPlanner(model, "fake-model", Optional.of(ResponseFormat.JSON), 2, new RulePlanner())
                .plan(new PlanRequest(NOTES, BundledProject.schema(), BundledProject.context()));

        assertThat(plan.fallback()).map(PlanSource.Fallback::detail).get().asString().contains("function pg_read_file is not allowed");
    }
}
