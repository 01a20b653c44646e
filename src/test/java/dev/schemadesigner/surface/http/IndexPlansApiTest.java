package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue I: the before/after query plans of each suggested index are in the reply JSON, on the suggestion they prove. */
class IndexPlansApiTest {
    private static App app;

    private static final String ORDERS = """
            CREATE TABLE orders (
              id BIGINT PRIMARY KEY,
              customer_id BIGINT NOT NULL,
              status VARCHAR(40) NOT NULL,
              note VARCHAR(200),
              created_at TIMESTAMP NOT NULL
            );
            """;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl())); }

    @AfterAll
    static void stop() { app.close(); }

    private static List<JsonNode> proved(JsonNode findings) {
        List<JsonNode> out = new ArrayList<>();
        findings.forEach(f -> { if (f.has("proof")) out.add(f); });
        return out;
    }

    @Test
    void aReviewedSuggestionCarriesPostgresPlansBeforeAndAfterItsIndex() throws Exception {
        // when
        JsonNode r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "sql", "content", ORDERS),
                "dialect", "postgresql", "queries", List.of("SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC")))).json();
        // then
        List<JsonNode> proved = proved(r.path("findings"));
        assertThat(proved).isNotEmpty().allSatisfy(f -> {
            JsonNode proof = f.path("proof");
            assertThat(proof.path("dialect").asText()).isEqualTo("postgresql");
            assertThat(proof.path("used").asBoolean()).isTrue();
            assertThat(proof.path("rows").asLong()).isPositive();
            JsonNode plan = proof.path("plans").get(0);
            assertThat(plan.path("query").asText()).startsWith("SELECT * FROM orders");
            assertThat(plan.path("before").asText()).contains("Seq Scan on orders");
            assertThat(plan.path("after").asText()).contains(f.path("fix").path("changes").get(0).path("index").path("name").asText());
            assertThat(plan.path("uses_index").asBoolean()).isTrue();
        });
    }

    @Test
    void aSuggestionNoPlanUsesIsLeftOutAndTheWarningSaysWhy() throws Exception {
        // half the seeded orders are paid: PostgreSQL reads the whole table for either value, with or without an index on paid
        String orders = ORDERS.replace("note VARCHAR(200),", "note VARCHAR(200),\n  paid BOOLEAN NOT NULL,");
        JsonNode r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "sql", "content", orders),
                "dialect", "postgresql", "queries", List.of("SELECT * FROM orders WHERE paid = ?")))).json();

        assertThat(r.path("findings").findValuesAsText("object")).doesNotContain("orders.paid");
        assertThat(r.path("warnings").toString()).contains("not suggested: missing-filter-index orders.paid: no plan of the declared queries uses its index (postgresql)");
    }

    @Test
    void aPartialIndexTheSeededRowsCannotJudgeIsKeptAndSaysWhy() throws Exception {
        // every seeded reminder is not done (the column's default): the rows the partial index is for are all of them here,
        // so the planner's scan says nothing about a production table where few are pending
        String reminders = """
                CREATE TABLE reminders (
                  id BIGINT PRIMARY KEY,
                  user_id BIGINT NOT NULL,
                  message VARCHAR(200) NOT NULL,
                  due_at TIMESTAMP NOT NULL,
                  done BOOLEAN NOT NULL DEFAULT false
                );
                """;
        JsonNode r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "sql", "content", reminders),
                "dialect", "postgresql", "queries", List.of("SELECT * FROM reminders WHERE due_at <= CURRENT_TIMESTAMP AND done = false")))).json();

        List<JsonNode> partial = new ArrayList<>();
        r.path("findings").forEach(f -> { if (f.path("rule").asText().equals("partial-index-suggestion")) partial.add(f); });
        assertThat(partial).singleElement().satisfies(f -> {
            assertThat(f.path("proof").path("used").asBoolean()).isFalse();
            assertThat(f.path("proof").path("note").asText()).startsWith("inconclusive: ").contains("of reminders match the partial index's predicate");
        });
    }

    @Test
    void aDesignTurnShowsThePlansOfTheIndexesItAddedForItsDeclaredQueries() throws Exception {
        // when
        JsonNode r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(Map.of("message",
                "notifications (user_id, title, body, read_at optional, created_at) for users (email). We list a user's notifications newest first."))).json();
        // then
        JsonNode plans = r.path("plan").path("index_plans");
        assertThat(plans.isArray()).isTrue();
        assertThat(plans).isNotEmpty().anySatisfy(p -> {
            assertThat(p.path("table").asText()).isEqualTo("notifications");
            assertThat(p.path("proof").path("dialect").asText()).isEqualTo("postgresql");
            assertThat(p.path("proof").path("used").asBoolean()).isTrue();
            JsonNode plan = p.path("proof").path("plans").get(0);
            assertThat(plan.path("before").asText()).doesNotContain(p.path("index").asText());
            assertThat(plan.path("after").asText()).contains(p.path("index").asText());
        });
    }
}
