package dev.schemadesigner.review;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviews of live PostgreSQL and MariaDB databases: dependencies measured on the rows feed the normalization rules. */
class DatabaseReviewTest {

    @ParameterizedTest
    @EnumSource(value = ThrowawayDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void reportsAColumnThatFollowsAnotherNonKeyColumnOnEverySampledRow(ThrowawayDatabase.Kind kind) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(LiveData.orders());

            DatabaseReview.Outcome outcome = DatabaseReview.review(db.connection(), db.name(), ReviewInput.of(dev.schemadesigner.schema.Schema.EMPTY));

            assertThat(finding(outcome, "transitive-dependency", "orders.customer_city")).hasValueSatisfying(f ->
                    assertThat(f.message()).contains("depends on customer_id").contains("measured on 40 sampled rows"));
            assertThat(finding(outcome, "transitive-dependency", "orders.region_code")).hasValueSatisfying(f ->
                    assertThat(f.message()).contains("depends on customer_id").contains("measured on 40 sampled rows"));
            assertThat(finding(outcome, "transitive-dependency", "orders.status")).isEmpty();
            assertThat(finding(outcome, "transitive-dependency", "orders.total")).isEmpty();
            // the name suggests it, but the city changes for the same customer
            assertThat(finding(outcome, "transitive-dependency", "shipments.customer_city")).isEmpty();
            assertThat(outcome.warnings()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ThrowawayDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void reportsAColumnThatFollowsPartOfTheKey(ThrowawayDatabase.Kind kind) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(LiveData.orderItems());

            DatabaseReview.Outcome outcome = DatabaseReview.review(db.connection(), db.name(), ReviewInput.of(dev.schemadesigner.schema.Schema.EMPTY));

            assertThat(finding(outcome, "partial-dependency", "order_items.product_name")).hasValueSatisfying(f ->
                    assertThat(f.message()).contains("depends only on product_id").contains("measured on 40 sampled rows"));
            assertThat(finding(outcome, "partial-dependency", "order_items.quantity")).isEmpty();
            // named like the key part, but the label and price change from order to order
            assertThat(finding(outcome, "partial-dependency", "quote_lines.product_label")).isEmpty();
            assertThat(finding(outcome, "partial-dependency", "quote_lines.unit_price")).isEmpty();
            assertThat(rules(outcome)).doesNotContain("transitive-dependency");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ThrowawayDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void fallsBackToNamesWhenATableHasTooFewRows(ThrowawayDatabase.Kind kind) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(LiveData.fewRows());

            DatabaseReview.Outcome outcome = DatabaseReview.review(db.connection(), db.name(), ReviewInput.of(dev.schemadesigner.schema.Schema.EMPTY));

            assertThat(finding(outcome, "transitive-dependency", "invoices.customer_email")).hasValueSatisfying(f ->
                    assertThat(f.message()).doesNotContain("measured"));
            assertThat(outcome.measured().table("invoices")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ThrowawayDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void honoursTheIgnoresOfTheOptions(ThrowawayDatabase.Kind kind) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(LiveData.orders());

            DatabaseReview.Outcome outcome = DatabaseReview.review(db.connection(), db.name(),
                    ReviewInput.of(dev.schemadesigner.schema.Schema.EMPTY).withIgnore(java.util.Set.of("transitive-dependency")));

            assertThat(rules(outcome)).doesNotContain("transitive-dependency");
        }
    }

    private static Optional<Finding> finding(DatabaseReview.Outcome outcome, String rule, String object) {
        return outcome.findings().stream().filter(f -> f.rule().equals(rule) && f.object().equals(object)).findFirst();
    }

    private static List<String> rules(DatabaseReview.Outcome outcome) {
        return new ArrayList<>(outcome.findings().stream().map(Finding::rule).toList());
    }
}
