package dev.schemadesigner.plan;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.plan.PlanSource.Cause;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.schemadesigner.plan.FakeChatModel.answer;
import static org.assertj.core.api.Assertions.assertThat;

/** Planner logic against a scripted chat model: parsing, validation, repair rounds, review feedback and every fallback. */
class ModelPlannerTest {

    private static final String NOTES = "add a notes column to feedback_analysis";
    private static final String PAIN_POINTS = "Design database schema for pain point tracking";

    private static ModelPlanner planner(FakeChatModel model) {
        return new ModelPlanner(model, "fake-model", Optional.of(ResponseFormat.JSON), 2, new RulePlanner());
    }

    private static PlanRequest request(String message) {
        return new PlanRequest(message, BundledProject.schema(), BundledProject.context());
    }

    private static String text(ChatMessage message) {
        if (message instanceof SystemMessage) return ((SystemMessage) message).text();
        if (message instanceof UserMessage) return ((UserMessage) message).singleText();
        return ((AiMessage) message).text();
    }

    @Test
    void usesAValidAnswerAsThePlan() {
        FakeChatModel model = FakeChatModel.answering(answer("add-notes.json"));

        Plan plan = planner(model).plan(request(NOTES));

        assertThat(plan.changes().ops()).containsExactly(new AddColumn("feedback_analysis", Column.optional("notes", LogicalType.TEXT)));
        assertThat(plan.source()).isEqualTo(PlanSource.model("fake-model"));
        assertThat(plan.fallback()).isEmpty();
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void sendsTheFixedSystemPromptTheRequestAndTheResponseFormat() {
        FakeChatModel model = FakeChatModel.answering(answer("add-notes.json"));

        planner(model).plan(request(NOTES));

        var sent = model.requests().get(0);
        assertThat(sent.messages()).hasSize(2);
        assertThat(sent.messages().get(0)).isInstanceOf(SystemMessage.class);
        assertThat(text(sent.messages().get(0))).isEqualTo(PlanPrompts.bundled().system());
        assertThat(text(sent.messages().get(1))).isEqualTo(PlanPrompts.bundled().plan(request(NOTES)));
        assertThat(sent.responseFormat()).isEqualTo(ResponseFormat.JSON);
    }

    @Test
    void readsAnAnswerWrappedInACodeFence() {
        FakeChatModel model = FakeChatModel.answering("```json\n" + answer("add-notes.json") + "```\n");

        Plan plan = planner(model).plan(request(NOTES));

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void repairsAnAnswerThatDoesNotApply() {
        FakeChatModel model = FakeChatModel.answering(answer("add-column-to-missing-table.json"), answer("add-notes.json"));

        Plan plan = planner(model).plan(request(NOTES));

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(plan.changes().ops()).hasSize(1);
        List<ChatMessage> second = model.requests().get(1).messages();
        assertThat(second).hasSize(4);
        assertThat(second.get(2)).isInstanceOf(AiMessage.class);
        assertThat(text(second.get(2))).isEqualTo(answer("add-column-to-missing-table.json"));
        assertThat(text(second.get(3))).startsWith(PlanPrompts.prompt(PlanPrompts.REPAIR).substring(0, 20)).contains("changes[0]");
    }

    @Test
    void repairsProseAndRejectsIdentifiersThatAreNotSnakeCase() {
        FakeChatModel model = FakeChatModel.answering("Sure! I would add a priority column.", answer("camel-case-column.json"),
                answer("add-notes.json"));

        Plan plan = planner(model).plan(request(NOTES));

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(model.requests()).hasSize(3);
        assertThat(text(model.requests().get(2).messages().get(5))).contains("'Priority Level'");
    }

    @Test
    void fallsBackToTheRulePlannerWhenStillInvalidAfterTwoRepairs() {
        String invalid = answer("add-column-to-missing-table.json");
        FakeChatModel model = FakeChatModel.answering(invalid, invalid, invalid);

        Plan plan = planner(model).plan(request(NOTES));

        assertThat(model.requests()).hasSize(1 + ModelPlanner.MAX_REPAIRS);
        assertThat(plan.fallback()).map(PlanSource.Fallback::cause).contains(Cause.INVALID_OUTPUT);
        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.RULES);
        assertThat(plan.source().model()).contains("fake-model");
        assertThat(plan.changes()).isEqualTo(new RulePlanner().plan(request(NOTES)).changes());
    }

    @Test
    void feedsNewReviewFindingsBackAndTakesTheRepairedAnswer() {
        FakeChatModel model = FakeChatModel.answering(answer("pain-points-unindexed.json"), answer("pain-points-indexed.json"));

        Plan plan = planner(model).plan(request(PAIN_POINTS));

        assertThat(model.requests()).hasSize(2);
        String repair = text(model.requests().get(1).messages().get(3));
        assertThat(repair).contains("fk-missing-index").contains("pain_points");
        assertThat(((CreateTable) plan.changes().ops().get(0)).table().indexes()).extracting(i -> i.name())
                .containsExactly("idx_pain_points_feedback_id");
    }

    @Test
    void sendsBackTheNamesAndValuesTheAnswerDroppedAndTakesTheAnswerThatKeepsThem() {
        String tickets = "Create a tickets table with subject, severity and status: open, pending, closed";
        FakeChatModel model = FakeChatModel.answering(answer("tickets-renamed.json"), answer("tickets-as-written.json"), answer("tickets-as-written.json"));

        Plan plan = planner(model).plan(request(tickets));

        String repair = text(model.requests().get(1).messages().get(3));
        assertThat(repair).contains("column subject").contains("column severity").contains("missing verbatim: open, pending, closed");
        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(((CreateTable) plan.changes().ops().get(0)).table().columns()).extracting(Column::name).contains("subject", "severity");
    }

    @Test
    void keepsTheAnswerThatDropsLessOfTheRequestOverOneWithFewerFindings() {
        String tickets = "Create a tickets table with subject, severity and status: open, pending, closed";
        String renamed = answer("tickets-renamed.json");
        FakeChatModel model = FakeChatModel.answering(answer("tickets-as-written.json"), renamed, renamed, renamed);

        Plan plan = planner(model).plan(request(tickets));

        assertThat(((CreateTable) plan.changes().ops().get(0)).table().columns()).extracting(Column::name).contains("subject", "severity");
    }

    @Test
    void keepsTheBestValidAnswerWhenTheRepairsGetWorse() {
        String invalid = answer("add-column-to-missing-table.json");
        FakeChatModel model = FakeChatModel.answering(answer("pain-points-unindexed.json"), invalid, invalid);

        Plan plan = planner(model).plan(request(PAIN_POINTS));

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(((CreateTable) plan.changes().ops().get(0)).table().name()).isEqualTo("pain_points");
    }

    @Test
    void anAnswerWithoutChangesLetsTheRulePlannerAsk() {
        Plan plan = planner(FakeChatModel.answering(answer("no-changes.json"))).plan(request("hello there"));

        assertThat(plan.fallback()).map(PlanSource.Fallback::cause).contains(Cause.NO_CHANGES);
    }

    @Test
    void providerFailuresFallBackWithTheirCause() {
        assertThat(causeOf(new FakeChatModel().thenFail(new RateLimitException("slow down")))).isEqualTo(Cause.RATE_LIMITED);
        assertThat(causeOf(new FakeChatModel().thenFail(new TimeoutException("late")))).isEqualTo(Cause.TIMEOUT);
        assertThat(causeOf(new FakeChatModel().thenFail(new InternalServerException("boom")))).isEqualTo(Cause.PROVIDER_ERROR);
    }

    private static Cause causeOf(FakeChatModel model) {
        Plan plan = planner(model).plan(request(NOTES));
        assertThat(plan.changes()).isEqualTo(new RulePlanner().plan(request(NOTES)).changes());
        return plan.fallback().orElseThrow().cause();
    }

    @Test
    void fallsBackAtOnceWhenEverySlotIsBusy() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeChatModel model = new FakeChatModel().thenRun(() -> {
            inside.countDown();
            await(release);
            return answer("add-notes.json");
        });
        ModelPlanner planner = new ModelPlanner(model, "fake-model", Optional.empty(), 1, new RulePlanner());
        CompletableFuture<Plan> first = CompletableFuture.supplyAsync(() -> planner.plan(request(NOTES)));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        Plan second = planner.plan(request(NOTES));
        release.countDown();

        assertThat(second.fallback()).map(PlanSource.Fallback::cause).contains(Cause.SATURATED);
        assertThat(first.get(10, TimeUnit.SECONDS).source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void rulePlansSayTheyCameFromTheRules() {
        Schema current = BundledProject.schema();

        Plan plan = new RulePlanner().plan(PlanRequest.of(NOTES, current));

        assertThat(plan.source()).isEqualTo(PlanSource.rules());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
