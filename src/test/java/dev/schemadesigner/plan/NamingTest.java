package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamingTest {

    @Test
    void constraintNamesFollowTheConvention() {
        Naming naming = Naming.DEFAULT;

        assertThat(naming.index("orders", List.of("customer_id", "created_at"))).isEqualTo("idx_orders_customer_id_created_at");
        assertThat(naming.foreignKey("orders", "customer_id")).isEqualTo("fk_orders_customer_id");
        assertThat(naming.check("pain_points", "severity")).isEqualTo("ck_pain_points_severity");
        assertThat(naming.unique("users", List.of("email"))).isEqualTo("uq_users_email");
    }

    @Test
    void longNamesAreCutTo63BytesAndStayDistinct() {
        String a = Naming.DEFAULT.index("customer_subscription_billing_history", List.of("organization_id", "created_at", "status"));
        String b = Naming.DEFAULT.index("customer_subscription_billing_history", List.of("organization_id", "created_at", "state"));

        assertThat(a.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(a).startsWith("idx_customer_subscription_billing_history_").isNotEqualTo(b);
    }

    @Test
    void snakeCasesAnything() {
        assertThat(Naming.snake("Order Items")).isEqualTo("order_items");
        assertThat(Naming.snake("createdAt")).isEqualTo("created_at");
        assertThat(Naming.snake("42 things")).isEqualTo("n_42_things");
        assertThat(Naming.snake("🎉")).isEqualTo("x");
    }

    @Test
    void singularAndPlural() {
        assertThat(Naming.singular("categories")).isEqualTo("category");
        assertThat(Naming.singular("addresses")).isEqualTo("address");
        assertThat(Naming.singular("order_items")).isEqualTo("order_item");
        assertThat(Naming.singular("feedback_analysis")).isEqualTo("feedback_analysis");
        assertThat(Naming.singular("inventory")).isEqualTo("inventory");
        assertThat(Naming.plural("category")).isEqualTo("categories");
        assertThat(Naming.plural("box")).isEqualTo("boxes");
        assertThat(Naming.plural("order_item")).isEqualTo("order_items");
        assertThat(Naming.plural("tags")).isEqualTo("tags");
    }

    @Test
    void plannedIdentifiersFromLongWordsFitTheLimit() {
        Plan plan = Plans.plan("Create a warranties table with an_extremely_long_column_name_that_goes_on_and_on_well_past_the_limit unique, "
                + "another_extremely_long_column_name_that_goes_on_and_on_past_the_limit_count and serial number", Schema.EMPTY);

        Table t = Plans.created(plan, "warranties");
        assertThat(t.columns()).extracting(Column::name).allMatch(n -> n.length() <= 63);
        assertThat(t.uniques()).singleElement().satisfies(u -> assertThat(u.name().length()).isLessThanOrEqualTo(63));
        assertThat(t.checks()).singleElement().satisfies(c -> assertThat(c.name().length()).isLessThanOrEqualTo(63));
        assertThat(t.indexes()).extracting(Index::name).isEmpty();
    }
}
