package dev.schemadesigner.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings in JSON have the API.md shape: {rule, severity, object, message, fix?: {changes: [Op], summary}}. */
class FindingJsonTest {
    private static final String SQL = """
            CREATE TABLE analysis_cache (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                comment_hash varchar(64) NOT NULL
            );
            CREATE TABLE event_log (message text NOT NULL);
            """;

    @Test
    void writesTheApiShapeAndReadsItBack() throws Exception {
        // given
        Finding finding = new Reviewer().review(ReviewFixtures.input(SQL)).stream()
                .filter(f -> f.rule().equals("unique-natural-key")).findFirst().orElseThrow();
        // when
        String json = Json.write(finding);
        JsonNode tree = Json.tree(json);
        // then
        assertThat(tree.get("rule").asText()).isEqualTo("unique-natural-key");
        assertThat(tree.get("severity").asText()).isEqualTo("warning");
        assertThat(tree.get("object").asText()).isEqualTo("analysis_cache.comment_hash");
        assertThat(tree.get("fix").get("summary").asText()).startsWith("add UNIQUE");
        assertThat(tree.get("fix").get("changes").isArray()).isTrue();
        assertThat(tree.get("fix").get("changes").get(0).get("op").asText()).isEqualTo("add_unique");
        assertThat(tree.get("fix").has("ops")).isFalse();
        assertThat(Json.read(json, Finding.class)).isEqualTo(finding);
    }

    @Test
    void writesTheCatalogueWithDocs() throws Exception {
        JsonNode first = Json.tree(Json.write(Rules.catalogue())).get(0);
        assertThat(first.get("id").asText()).isEqualTo("missing-primary-key");
        assertThat(first.get("area").asText()).isEqualTo("schema");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("auto_fix").asBoolean()).isFalse();
        assertThat(first.get("docs").asText()).startsWith("## What it flags");
    }

    @Test
    void leavesOutAnAbsentFix() throws Exception {
        Finding finding = new Reviewer().review(ReviewFixtures.input(SQL)).stream()
                .filter(f -> f.fix().isEmpty()).findFirst().orElseThrow();
        assertThat(Json.tree(Json.write(finding)).has("fix")).isFalse();
    }
}
