package dev.schemadesigner.review;

import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.LockMode;
import dev.schemadesigner.importer.migration.LockingStatement;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements our operation model has no operation for (COMMENT ON, LOCK TABLE, REINDEX, VACUUM, ALTER
 * TYPE, DROP INDEX of an index on no known table…) still take locks: the migration reader records
 * the lock each takes, and missing-lock-timeout and drop-index-not-concurrently judge them.
 */
class LockingStatementsReviewTest {
    private final Reviewer reviewer = new Reviewer();

    private static List<LockingStatement> locks(String sql) {
        return new SqlMigrationImporter().importScript(sql, "V1__x.sql", "postgresql", Schema.EMPTY).script().upgradeLocks();
    }

    private List<Finding> findings(String sql) {
        ReviewInput input = ReviewInput.of(Schema.EMPTY).withDialect("postgresql")
                .withMigration(MigrationFixtures.imported("-- @dialect postgresql\n" + sql, "V1__x.sql").script(), MigrationFixtures.bundled());
        return reviewer.review(input);
    }

    private List<String> rules(String sql) {
        return findings(sql).stream().map(Finding::rule).toList();
    }

    @Test
    void eachStatementFamilyTakesTheLockPostgresqlDocumentsForIt() {
        assertThat(locks("COMMENT ON COLUMN public.orders.note IS 'free text';")).singleElement()
                .satisfies(l -> assertThat(l.object()).isEqualTo("orders"))
                .satisfies(l -> assertThat(l.mode()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE));
        assertThat(locks("COMMENT ON CONSTRAINT ck_amount ON orders IS 'x';")).extracting(LockingStatement::object).containsExactly("orders");
        assertThat(locks("LOCK TABLE orders, items IN SHARE ROW EXCLUSIVE MODE;")).extracting(LockingStatement::object, LockingStatement::mode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders", LockMode.SHARE_ROW_EXCLUSIVE),
                        org.assertj.core.groups.Tuple.tuple("items", LockMode.SHARE_ROW_EXCLUSIVE));
        assertThat(locks("LOCK orders;")).extracting(LockingStatement::mode).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(locks("LOCK TABLE orders IN ACCESS SHARE MODE NOWAIT;")).extracting(LockingStatement::waits).containsExactly(false);
        assertThat(locks("VACUUM orders;")).extracting(LockingStatement::mode).containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(locks("VACUUM (FULL false, VERBOSE) orders;")).extracting(LockingStatement::mode).containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(locks("VACUUM FULL orders;")).extracting(LockingStatement::mode).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(locks("VACUUM (FULL) orders;")).extracting(LockingStatement::mode).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(locks("REINDEX INDEX idx_orders_placed;")).extracting(LockingStatement::mode, LockingStatement::concurrently)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LockMode.ACCESS_EXCLUSIVE, false));
        assertThat(locks("REINDEX (CONCURRENTLY off) INDEX idx_orders_placed;")).extracting(LockingStatement::concurrently).containsExactly(false);
        assertThat(locks("REINDEX INDEX CONCURRENTLY idx_orders_placed;")).extracting(LockingStatement::concurrently).containsExactly(true);
        assertThat(locks("ALTER TYPE mood ADD VALUE 'calm';")).extracting(LockingStatement::verb, LockingStatement::object)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALTER TYPE", "mood"));
        assertThat(locks("ALTER TABLE orders ENABLE TRIGGER trg_audit;")).extracting(LockingStatement::mode).containsExactly(LockMode.SHARE_ROW_EXCLUSIVE);
        assertThat(locks("DROP INDEX idx_orders_placed;")).extracting(LockingStatement::verb, LockingStatement::object)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DROP INDEX", "idx_orders_placed"));
    }

    @Test
    void objectsTheMigrationCreatesTakeNoLockWorthATimeout() {
        assertThat(locks("CREATE TABLE notes (id int PRIMARY KEY, body text);\nCOMMENT ON TABLE notes IS 'x';\nVACUUM notes;")).isEmpty();
        assertThat(locks("CREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TYPE mood ADD VALUE 'calm';")).isEmpty();
    }

    @Test
    void missingLockTimeoutCountsEveryFamilyThatWaitsForALock() {
        List<Finding> comment = findings("COMMENT ON COLUMN feedback_analysis.comment_text IS 'what the customer wrote';");
        assertThat(comment).filteredOn(f -> f.rule().equals("missing-lock-timeout")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("COMMENT ON feedback_analysis", "SHARE UPDATE EXCLUSIVE"));
        assertThat(rules("LOCK TABLE feedback_analysis IN ACCESS SHARE MODE;")).contains("missing-lock-timeout");
        assertThat(rules("REINDEX INDEX idx_feedback_analysis_user_score;")).contains("missing-lock-timeout");
        assertThat(rules("VACUUM feedback_analysis;")).contains("missing-lock-timeout");

        assertThat(rules("SET lock_timeout = '1s';\nCOMMENT ON TABLE feedback_analysis IS 'x';")).doesNotContain("missing-lock-timeout");
        assertThat(rules("LOCK TABLE feedback_analysis IN ACCESS EXCLUSIVE MODE NOWAIT;")).doesNotContain("missing-lock-timeout");
        assertThat(rules("REINDEX INDEX CONCURRENTLY idx_feedback_analysis_user_score;")).doesNotContain("missing-lock-timeout");
        assertThat(rules("CREATE TYPE mood AS ENUM ('sad', 'ok');")).doesNotContain("missing-lock-timeout");
    }

    @Test
    void anIndexOnNoKnownTableIsDroppedFromAnExistingOne() {
        assertThat(findings("DROP INDEX idx_legacy_lookup;")).filteredOn(f -> f.rule().equals("drop-index-not-concurrently")).singleElement()
                .satisfies(f -> assertThat(f.object()).isEqualTo("idx_legacy_lookup"));
        assertThat(rules("DROP INDEX CONCURRENTLY idx_legacy_lookup;")).doesNotContain("drop-index-not-concurrently", "missing-lock-timeout");
    }
}
