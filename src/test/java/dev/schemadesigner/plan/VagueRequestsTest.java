package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Requests too vague to plan, and garbage: a question with a default, never an exception. */
class VagueRequestsTest {

    private final RulePlanner planner = new RulePlanner();

    @ParameterizedTest
    @ValueSource(strings = {"design a database", "make a schema", "Create a database model", "hello there", "", "   ", "🎉🔥🚀", "?!?!", "12345",
            "SELECT * FROM users", "\u0000\u0001", "design a database for 🦄🦄"})
    void vagueOrGarbageAsksOneQuestionAndChangesNothing(String message) {
        Plan plan = planner.plan(PlanRequest.of(message, Schema.EMPTY));

        assertThat(plan.question()).isPresent();
        assertThat(plan.question().get().text()).endsWith("?");
        assertThat(plan.changes().isEmpty()).isTrue();
    }

    @Test
    void vagueDesignQuotesTheRequestAndAssumesNoUnrelatedDomain() {
        Plan plan = planner.plan(PlanRequest.of("design a database", Schema.EMPTY));

        assertThat(plan.question().get().text()).contains("\"design a database\"").doesNotContain("customers", "orders", "products");
        Plan assumed = Plans.plan(plan.question().get().assumedRequest(), Schema.EMPTY);
        assertThat(Plans.createdTables(assumed)).doesNotContain("customers", "orders", "products", "order_items").isNotEmpty();
    }

    @Test
    void vagueRequestOffersChoicesFromItsWordsAndTheProject() {
        Schema project = Plans.plan("invoices (number unique, total)", Schema.EMPTY).result(Schema.EMPTY);
        Plan plan = planner.plan(PlanRequest.of("SELECT * FROM users", project));

        assertThat(plan.question().get().text()).contains("\"SELECT * FROM users\"", "tables for users", "a change to invoices");
        assertThat(Plans.createdTables(Plans.plan(plan.question().get().assumedRequest(), Schema.EMPTY))).containsExactly("users");
    }

    @Test
    void tenKilobytesOfLoremIpsumAsksAQuestion() {
        String lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ";
        Plan plan = planner.plan(PlanRequest.of(lorem.repeat(10_240 / lorem.length() + 1), Schema.EMPTY));

        assertThat(plan.question()).isPresent();
        assertThat(plan.changes().isEmpty()).isTrue();
    }

    @Test
    void shortLoremIpsumAsksAQuestion() {
        Plan plan = planner.plan(PlanRequest.of("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Ut enim ad minim veniam.", Schema.EMPTY));

        assertThat(plan.question()).isPresent();
    }

    @Test
    void newEntityWithoutColumnsAsksForThem() {
        Plan plan = planner.plan(PlanRequest.of("Create a table for warranties", Schema.EMPTY));

        assertThat(plan.question().get().text()).isEqualTo("Which columns should warranties have?");
        assertThat(Plans.createdTables(Plans.plan(plan.question().get().assumedRequest(), Schema.EMPTY))).containsExactly("warranties");
    }

    @Test
    void bareEntityListAnswersTheQuestion() {
        Plan plan = Plans.plan("customers, orders and products", Schema.EMPTY);

        assertThat(Plans.createdTables(plan)).containsExactly("customers", "orders", "products");
    }

    @Test
    void repetitiveNearMissesFinishWithoutException() {
        String[] inputs = {"a ".repeat(990), "add ".repeat(490), "add a x column ".repeat(130), "make the ".repeat(220),
                "rename x to ".repeat(160), "we list x by ".repeat(150), "(a, b) ".repeat(280), "status: open, ".repeat(140),
                "create table with a, b, c, ".repeat(70), "foreign key from a.b to ".repeat(80), "table ".repeat(330)};

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String input : inputs) {
                Plan plan = planner.plan(PlanRequest.of(input, Schema.EMPTY));
                Plans.requireSound(plan, Schema.EMPTY);
            }
        });
    }

    @Test
    void nullMessageIsAQuestion() {
        Plan plan = planner.plan(new PlanRequest(null, Schema.EMPTY, PlanningContext.defaults()));

        assertThat(plan.question()).isPresent();
    }
}
