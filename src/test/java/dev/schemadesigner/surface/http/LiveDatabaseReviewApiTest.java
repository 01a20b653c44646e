package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/review} of a live database the operator allowed in SD_REVIEW_DATABASE_URLS. */
class LiveDatabaseReviewApiTest {

    private static ThrowawayDatabase postgres;
    private static ThrowawayDatabase mariadb;
    private static String postgresUrl;
    private static String mariadbUrl;
    private static App app;

    @BeforeAll
    static void start() throws Exception {
        postgres = TestDatabases.open(ThrowawayDatabase.Kind.POSTGRESQL);
        mariadb = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB);
        postgres.execute(orders());
        mariadb.execute(orders());
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
    void reviewsAPostgresSchemaWithDependenciesMeasuredOnItsRows() throws Exception {
        JsonNode r = review(postgresUrl);

        assertThat(messageOf(r, "transitive-dependency", "orders.customer_city")).contains("depends on customer_id").contains("measured on 40 sampled rows");
        assertThat(messageOf(r, "transitive-dependency", "orders.region_code")).contains("measured on 40 sampled rows");
        // the tables exist with data: index fixes are built concurrently on PostgreSQL
        assertThat(r.path("findings").findValuesAsText("rule")).contains("fk-missing-index");
    }

    @Test
    void reviewsAMariaDbDatabaseInItsDialect() throws Exception {
        JsonNode r = review(mariadbUrl);

        assertThat(messageOf(r, "transitive-dependency", "orders.customer_city")).contains("measured on 40 sampled rows");
    }

    @Test
    void leavesTheDatabaseAsItWas() throws Exception {
        review(postgresUrl);

        try (Statement s = postgres.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM orders")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(40);
        }
    }

    @Test
    void refusesADatabaseTheOperatorDidNotList() throws Exception {
        String other = TestDatabases.postgresUrl();
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "database", "content", other))));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("SD_REVIEW_DATABASE_URLS").doesNotContain(postgresUrl);
    }

    private static JsonNode review(String url) throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "database", "content", url))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String messageOf(JsonNode review, String rule, String object) {
        for (JsonNode f : review.path("findings")) {
            if (f.path("rule").asText().equals(rule) && f.path("object").asText().equals(object)) return f.path("message").asText();
        }
        throw new AssertionError("no " + rule + " on " + object + " in " + review.path("findings"));
    }

    /** 8 customers, 40 orders: customer_city and region_code follow customer_id on every row. */
    private static List<String> orders() {
        String[] cities = {"Lyon", "Oslo", "Quito"};
        List<String> rows = new ArrayList<>();
        for (int id = 1; id <= 40; id++) {
            int customer = id % 8 + 1;
            rows.add("(" + id + ", " + customer + ", '" + cities[customer % 3] + "', 'R" + customer % 4 + "', " + (id * 7 + 0.5) + ")");
        }
        List<String> customers = new ArrayList<>();
        for (int c = 1; c <= 8; c++) customers.add("(" + c + ", 'customer " + c + "')");
        return List.of(
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), "
                        + "customer_city VARCHAR(50) NOT NULL, region_code VARCHAR(10) NOT NULL, total DECIMAL(10,2) NOT NULL)",
                "INSERT INTO customers (id, name) VALUES " + String.join(", ", customers),
                "INSERT INTO orders (id, customer_id, customer_city, region_code, total) VALUES " + String.join(", ", rows));
    }
}
