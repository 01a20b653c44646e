package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit L5 (3.6): one table or column whose name the model refuses (quotes, a right-to-left
 * override) made the whole live review fail with 422. Such tables are left out with a warning
 * naming why; the rest is reviewed.
 */
class LiveDatabaseOddNamesReviewApiTest {

    private static ThrowawayDatabase postgres;
    private static ThrowawayDatabase mariadb;
    private static String postgresUrl;
    private static String mariadbUrl;
    private static App app;

    @BeforeAll
    static void start() throws Exception {
        postgres = TestDatabases.open(ThrowawayDatabase.Kind.POSTGRESQL);
        mariadb = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB);
        postgres.execute(List.of("CREATE TABLE \"we\"\"ird\" (id INT PRIMARY KEY)", "CREATE TABLE odd_columns (id INT PRIMARY KEY, \"co'l\" INT)",
                "CREATE TABLE \"bi\u202Edi\" (id INT PRIMARY KEY)", "CREATE TABLE plain (id INT PRIMARY KEY, name TEXT)"));
        mariadb.execute(List.of("CREATE TABLE `we\"ird` (id INT PRIMARY KEY)", "CREATE TABLE odd_columns (id INT PRIMARY KEY, `co'l` INT)",
                "CREATE TABLE plain (id INT PRIMARY KEY, name TEXT)"));
        String pg = TestDatabases.postgresUrl();
        postgresUrl = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + postgres.name();
        mariadbUrl = TestDatabases.mariadbUrl().replaceFirst("^(jdbc:mariadb://[^/]+)/[^?]*", "$1/" + mariadb.name());
        app = TestApp.start(Map.of("SD_REVIEW_DATABASE_URLS", postgresUrl + ", " + mariadbUrl));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
        try (ThrowawayDatabase pg = postgres; ThrowawayDatabase maria = mariadb) {
            // both dropped on close
        }
    }

    @Test
    void reviewsTheRestOfAPostgresSchemaAndSaysWhichTablesWereLeftOut() throws Exception {
        JsonNode r = review(postgresUrl);

        assertThat(r.path("findings").findValuesAsText("object")).contains("plain").noneMatch(o -> o.contains("ird") || o.contains("odd_columns"));
        assertThat(warnings(r)).anySatisfy(w -> assertThat(w).contains("table we\"ird left out", "may not contain quotes"))
                .anySatisfy(w -> assertThat(w).contains("table odd_columns left out", "co'l"))
                .anySatisfy(w -> assertThat(w).contains("table bi\\u202Edi left out", "U+202E RIGHT-TO-LEFT OVERRIDE at character 3"));
    }

    @Test
    void reviewsTheRestOfAMariaDbDatabase() throws Exception {
        JsonNode r = review(mariadbUrl);

        assertThat(r.path("findings").findValuesAsText("object")).contains("plain");
        assertThat(warnings(r)).anySatisfy(w -> assertThat(w).contains("table we\"ird left out"))
                .anySatisfy(w -> assertThat(w).contains("table odd_columns left out"));
    }

    private static List<String> warnings(JsonNode r) {
        return java.util.stream.StreamSupport.stream(r.path("warnings").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode review(String url) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "database", "content", url))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
