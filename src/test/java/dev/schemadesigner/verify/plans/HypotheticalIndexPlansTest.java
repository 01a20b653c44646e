package dev.schemadesigner.verify.plans;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Index suggestions judged by PostgreSQL's planner with HypoPG's hypothetical indexes, on seeded and analysed rows. */
class HypotheticalIndexPlansTest {
    private static final Schema ORDERS = new SqlDdlImporter().importSql("""
            CREATE TABLE orders (
              id BIGINT PRIMARY KEY,
              customer_id BIGINT NOT NULL,
              status VARCHAR(40) NOT NULL,
              note VARCHAR(200),
              created_at TIMESTAMP NOT NULL
            );
            """, "postgresql").schema();

    private static Finding suggestion(String name, String... columns) {
        return new Finding("missing-filter-index", Severity.INFO, "orders." + columns[0], "orders is filtered by " + columns[0],
                Optional.of(Fix.of("create index " + name, new CreateIndex("orders", Index.on(name, columns), false))));
    }

    @Test
    void keepsTheIndexThePlanUsesAndDropsTheOneItIgnores() throws SQLException {
        Finding onCustomer = suggestion("idx_orders_customer_id_created_at", "customer_id", "created_at");
        Finding onNote = suggestion("idx_orders_note", "note");
        List<String> queries = List.of("SELECT * FROM orders WHERE customer_id = 7 ORDER BY created_at",
                "SELECT * FROM orders WHERE note LIKE '%late%'");
        try (ThrowawayDatabase db = ThrowawayDatabase.postgres(TestDatabases.postgresVerifyUrl())) {
            List<IndexPlanProof.Proved> proved = HypotheticalIndexPlans.prove(db, ORDERS, List.of(onCustomer, onNote), queries, 5_000);

            assertThat(IndexPlanProof.kept(proved)).containsExactly(onCustomer);
            IndexPlanProof.Plan customer = proved.get(0).plans().get(0);
            assertThat(customer.before()).contains("Seq Scan on orders");
            assertThat(customer.after()).contains("idx_orders_customer_id_created_at").doesNotContain("btree");
            assertThat(proved.get(1).kept()).isFalse();
            assertThat(proved.get(1).plans().get(1).after()).contains("Seq Scan on orders");
        }
    }
}
