package dev.schemadesigner.verify.locks;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.review.LockMode;
import dev.schemadesigner.review.Observation;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each case of issue I's acceptance, observed on the real PostgreSQL over seeded rows. */
class PostgresLockObserverTest {
    private static final int ROWS = 10_000;
    private static final String BEFORE = """
            CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
            CREATE TABLE orders (
              id BIGINT PRIMARY KEY,
              customer_id BIGINT,
              amount INTEGER NOT NULL,
              note VARCHAR(50),
              status VARCHAR(20)
            );
            CREATE INDEX idx_orders_amount ON orders (amount);
            """;

    private static List<Observation> observe(String migration) throws SQLException {
        Schema before = new SqlDdlImporter().importSql(BEFORE, "postgresql").schema();
        MigrationScript script = new SqlMigrationImporter().importScript(migration, "m.sql", "postgresql", before).script();
        var dialect = Dialects.byName("postgresql");
        String url = TestDatabases.postgresVerifyUrl();
        try (ThrowawayDatabase db = ThrowawayDatabase.postgres(url)) {
            return PostgresLockObserver.observe(db, dialect,
                    ObservedSteps.migration(dialect, before, script), ROWS);
        }
    }

    private static Observation only(String migration) throws SQLException {
        List<Observation> all = observe(migration);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).note()).isEmpty();
        assertThat(all.get(0).rows()).isEqualTo(ROWS);
        return all.get(0);
    }

    @Test
    void createIndexHoldsShareWhichBlocksWrites() throws SQLException {
        Observation o = only("CREATE INDEX idx_orders_status ON orders (status);");
        assertThat(o.locks()).containsEntry("orders", LockMode.SHARE);
        assertThat(o.strongestLock().orElseThrow().blocksWrites()).isTrue();
        assertThat(o.rewritten()).isEmpty();
        assertThat(o.summary()).startsWith("SHARE on orders for ").contains("at 10,000 rows; no rewrite");
    }

    @Test
    void createIndexConcurrentlyHoldsOnlyShareUpdateExclusive() throws SQLException {
        Observation o = only("CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);");
        assertThat(o.locks()).containsEntry("orders", LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(o.strongestLock().orElseThrow().blocksWrites()).isFalse();
        assertThat(o.rewritten()).isEmpty();
    }

    @Test
    void addColumnWithNowDefaultDoesNotRewrite() throws SQLException {
        Observation o = only("ALTER TABLE orders ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT now();");
        assertThat(o.locks()).containsEntry("orders", LockMode.ACCESS_EXCLUSIVE);
        assertThat(o.rewritten()).isEmpty();
        assertThat(o.scanned()).isEmpty();
    }

    @Test
    void addColumnWithVolatileDefaultRewritesTheTableAndItsIndexes() throws SQLException {
        Observation o = only("ALTER TABLE orders ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT clock_timestamp();");
        assertThat(o.locks()).containsEntry("orders", LockMode.ACCESS_EXCLUSIVE);
        assertThat(o.rewritten()).containsExactly("orders");
        assertThat(o.rebuiltIndexes()).contains("idx_orders_amount");
        assertThat(o.summary()).startsWith("ACCESS EXCLUSIVE on orders for ").contains("at 10,000 rows; table rewritten");
    }

    @Test
    void intToBigintRewrites() throws SQLException {
        Observation o = only("ALTER TABLE orders ALTER COLUMN amount TYPE BIGINT;");
        assertThat(o.locks()).containsEntry("orders", LockMode.ACCESS_EXCLUSIVE);
        assertThat(o.rewritten()).containsExactly("orders");
        assertThat(o.rebuiltIndexes()).contains("idx_orders_amount");
    }

    @Test
    void wideningAVarcharNeitherRewritesNorScans() throws SQLException {
        Observation o = only("ALTER TABLE orders ALTER COLUMN note TYPE VARCHAR(100);");
        assertThat(o.locks()).containsEntry("orders", LockMode.ACCESS_EXCLUSIVE);
        assertThat(o.rewritten()).isEmpty();
        assertThat(o.rebuiltIndexes()).isEmpty();
        assertThat(o.scanned()).isEmpty();
    }

    @Test
    void setNotNullScansTheTableUnderAccessExclusive() throws SQLException {
        Observation o = only("ALTER TABLE orders ALTER COLUMN status SET NOT NULL;");
        assertThat(o.locks()).containsEntry("orders", LockMode.ACCESS_EXCLUSIVE);
        assertThat(o.rewritten()).isEmpty();
        assertThat(o.scanned()).containsExactly("orders");
    }

    @Test
    void setNotNullAfterAValidatedCheckSkipsTheScan() throws SQLException {
        List<Observation> all = observe("""
                ALTER TABLE orders ADD CONSTRAINT ck_orders_status_nn CHECK (status IS NOT NULL) NOT VALID;
                ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_status_nn;
                ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
                """);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).scanned()).isEmpty();
        assertThat(all.get(1).locks()).containsEntry("orders", LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(all.get(1).scanned()).containsExactly("orders");
        Observation setNotNull = all.get(2);
        assertThat(setNotNull.locks()).containsEntry("orders", LockMode.ACCESS_EXCLUSIVE);
        assertThat(setNotNull.scanned()).isEmpty();
        assertThat(setNotNull.rewritten()).isEmpty();
    }

    @Test
    void addForeignKeyLocksBothTablesAndScansTheChild() throws SQLException {
        Observation o = only("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);");
        assertThat(o.locks()).containsAllEntriesOf(Map.of("orders", LockMode.SHARE_ROW_EXCLUSIVE, "customers", LockMode.SHARE_ROW_EXCLUSIVE));
        assertThat(o.scanned()).contains("orders");
    }

    @Test
    void notValidThenValidateScansOnlyUnderShareUpdateExclusive() throws SQLException {
        List<Observation> all = observe("""
                ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
                ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;
                """);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).locks()).containsEntry("orders", LockMode.SHARE_ROW_EXCLUSIVE);
        assertThat(all.get(0).scanned()).isEmpty();
        assertThat(all.get(1).locks()).containsEntry("orders", LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(all.get(1).strongestLock().orElseThrow().blocksWrites()).isFalse();
        assertThat(all.get(1).scanned()).contains("orders");
    }
}
