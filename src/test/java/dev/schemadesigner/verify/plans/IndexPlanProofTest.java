package dev.schemadesigner.verify.plans;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Index suggestions judged by SQLite's planner on seeded, analysed rows. */
class IndexPlanProofTest {
    private static final Schema ORDERS = new SqlDdlImporter().importSql("""
            CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
            CREATE TABLE orders (
              id INTEGER PRIMARY KEY,
              customer_id INTEGER NOT NULL REFERENCES customers (id),
              status VARCHAR(20) NOT NULL,
              note VARCHAR(200),
              created_at TIMESTAMP NOT NULL
            );
            """, "sqlite").schema();

    @Test
    void everyKeptPerformanceSuggestionIsUsedByAPlan() throws SQLException {
        // given
        List<String> queries = List.of("SELECT * FROM orders WHERE status = 'open' ORDER BY created_at",
                "SELECT id, status FROM orders WHERE customer_id = 7");
        List<Finding> suggestions = new Reviewer().review(ReviewInput.of(ORDERS).withDialect("sqlite").withQueryPatterns(queries)).stream()
                .filter(f -> Rules.byId(f.rule()).orElseThrow().area() == Area.PERFORMANCE || f.rule().equals("fk-missing-index"))
                .filter(f -> f.fix().isPresent()).toList();
        // when
        List<IndexPlanProof.Proved> proved = IndexPlanProof.onSqlite(ORDERS, suggestions, queries, 2_000);
        // then
        assertThat(proved).isNotEmpty();
        assertThat(proved).filteredOn(IndexPlanProof.Proved::kept).isNotEmpty()
                .allSatisfy(p -> assertThat(p.plans()).anySatisfy(plan -> {
                    assertThat(plan.usesIndex()).isTrue();
                    assertThat(plan.after()).isNotEqualTo(plan.before());
                }));
    }

    @Test
    void aSuggestionThePlannerIgnoresIsDropped() throws SQLException {
        // a leading-wildcard LIKE cannot seek an index on note; SQLite scans the table whether the index exists or not
        Finding onNote = new Finding("missing-filter-index", Severity.INFO, "orders.note", "orders is filtered by note",
                Optional.of(Fix.of("create index idx_orders_note", new CreateIndex("orders", Index.on("idx_orders_note", "note"), false))));
        Finding onStatus = new Finding("missing-filter-index", Severity.INFO, "orders.status", "orders is filtered by status",
                Optional.of(Fix.of("create index idx_orders_status", new CreateIndex("orders", Index.on("idx_orders_status", "status"), false))));
        List<String> queries = List.of("SELECT * FROM orders WHERE note LIKE '%late%'", "SELECT * FROM orders WHERE status = 'open'");

        List<IndexPlanProof.Proved> proved = IndexPlanProof.onSqlite(ORDERS, List.of(onNote, onStatus), queries, 2_000);

        assertThat(IndexPlanProof.kept(proved)).containsExactly(onStatus);
        IndexPlanProof.Proved note = proved.get(0);
        assertThat(note.kept()).isFalse();
        assertThat(note.plans().get(0).after()).startsWith("SCAN orders").doesNotContain("idx_orders_note");
        assertThat(proved.get(1).plans().get(1).after()).contains("USING INDEX idx_orders_status");
    }
}
