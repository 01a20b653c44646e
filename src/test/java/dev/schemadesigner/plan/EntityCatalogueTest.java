package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCatalogueTest {

    static List<String> tables() { return EntityCatalogue.bundled().tables(); }

    @Test
    void holdsAtLeastFortyEntities() {
        assertThat(tables()).hasSizeGreaterThanOrEqualTo(40)
                .contains("users", "customers", "orders", "order_items", "products", "invoices", "payments", "subscriptions", "tickets",
                        "comments", "tags", "events", "audit_log", "posts", "categories", "addresses", "employees", "departments", "projects",
                        "tasks", "sessions", "notifications", "messages", "reviews", "inventory", "shipments", "carts", "coupons", "accounts",
                        "roles", "permissions", "organizations", "teams", "attachments", "pain_points", "customer_timeline");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void eachEntityDesignedByNameYieldsItsTableAndApplies(String table) {
        // the catalogue's own name for it, as a person would write it
        Plan plan = Plans.plan("Create a table for " + table.replace('_', ' '), Schema.EMPTY);

        assertThat(plan.question()).isEmpty();
        assertThat(Plans.createdTables(plan)).contains(table);
        assertThat(Plans.created(plan, table).columns()).hasSizeGreaterThan(3);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void eachEntityAppliesOnTheBundledProject(String table) {
        Plan plan = Plans.plan("Create a table for " + table.replace('_', ' '), BundledProject.schema(), BundledProject.context());

        assertThat(Plans.createdTables(plan)).contains(table);
    }

    @Test
    void findsEntitiesBySynonymAndSingular() {
        EntityCatalogue catalogue = EntityCatalogue.bundled();

        assertThat(catalogue.tableFor("order item")).contains("order_items");
        assertThat(catalogue.tableFor("clients")).contains("customers");
        assertThat(catalogue.tableFor("pain point")).contains("pain_points");
        assertThat(catalogue.tableFor("files")).contains("attachments");
        assertThat(catalogue.tableFor("customer feedback timeline")).contains("customer_timeline");
        assertThat(catalogue.tableFor("lorem")).isEmpty();
    }
}
