package dev.schemadesigner.verify.locks;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.AlembicImporter;
import dev.schemadesigner.review.Observation;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.VerifyTarget;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The online-DDL verdict MariaDB gives for each kind of step, asked of the real server over seeded rows. */
class MariaDbAlgorithmObserverTest {
    private static final String BEFORE = """
            CREATE TABLE orders (
              id BIGINT PRIMARY KEY,
              amount INT NOT NULL,
              note VARCHAR(50),
              memo VARCHAR(100),
              status VARCHAR(20)
            );
            """;

    /** A SQL migration, or an Alembic revision's upgrade body (the SQL reader does not read MODIFY; Alembic's alter_column is how such a change comes). */
    private static Observation only(String migration) throws SQLException {
        Schema before = new SqlDdlImporter().importSql(BEFORE, "mariadb").schema();
        var script = migration.startsWith("op.")
                ? new AlembicImporter().importRevision(REVISION.formatted(migration), "r.py", before).script()
                : new SqlMigrationImporter().importScript(migration, "m.sql", "mariadb", before).script();
        List<Observation> all = MigrationObserver.observe(VerifyTarget.mariadb(TestDatabases.mariadbVerifyUrl()), before, script, 5_000);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).failed()).isFalse();
        return all.get(0);
    }

    private static final String REVISION = """
            from alembic import op
            import sqlalchemy as sa

            revision = "a1"
            down_revision = None


            def upgrade() -> None:
                %s


            def downgrade() -> None:
                pass
            """;

    @Test
    void addColumnIsInstantWithoutLock() throws SQLException {
        Observation o = only("ALTER TABLE orders ADD COLUMN priority INT;");
        assertThat(o.algorithm()).contains("INSTANT");
        assertThat(o.lockNone()).contains(true);
        assertThat(o.rewritten()).isEmpty();
        assertThat(o.disruptive()).isFalse();
    }

    @Test
    void dropColumnIsInstant() throws SQLException {
        Observation o = only("ALTER TABLE orders DROP COLUMN status;");
        assertThat(o.algorithm()).contains("INSTANT");
        assertThat(o.rewritten()).isEmpty();
    }

    @Test
    void intToBigintCopiesTheTableUnderALock() throws SQLException {
        Observation o = only("op.alter_column('orders', 'amount', type_=sa.BigInteger(), existing_nullable=False)");
        assertThat(o.algorithm()).contains("COPY");
        assertThat(o.lockNone()).contains(false);
        assertThat(o.rewritten()).containsExactly("orders");
        assertThat(o.disruptive()).isTrue();
        assertThat(o.summary()).startsWith("ALGORITHM=COPY, LOCK=NONE refused for ").contains("at 5,000 rows; table rewritten");
    }

    @Test
    void wideningAVarcharWhoseLengthPrefixStaysTwoBytesIsInstant() throws SQLException {
        // utf8mb4: 100 and 200 characters are both over 255 bytes, so the stored length prefix does not change
        Observation o = only("op.alter_column('orders', 'memo', type_=sa.String(200))");
        assertThat(o.algorithm()).contains("INSTANT");
        assertThat(o.rewritten()).isEmpty();
    }

    @Test
    void addIndexIsBuiltInPlaceWhileWritesGoOn() throws SQLException {
        Observation o = only("CREATE INDEX idx_orders_status ON orders (status);");
        assertThat(o.algorithm()).isNotEqualTo(Optional.of("COPY")).isPresent();
        assertThat(o.algorithm().orElseThrow()).isIn("NOCOPY", "INPLACE");
        assertThat(o.lockNone()).contains(true);
        assertThat(o.rewritten()).isEmpty();
    }

    @Test
    void saysWhyMetadataLocksAreAbsentWhenPerformanceSchemaIsOff() throws SQLException {
        // given: whether this server keeps performance_schema, asked of the server
        boolean on;
        try (var c = java.sql.DriverManager.getConnection(TestDatabases.mariadbUrl()); var s = c.createStatement();
             var r = s.executeQuery("SELECT @@GLOBAL.performance_schema")) {
            r.next();
            on = r.getInt(1) != 0;
        }
        // when
        Observation o = only("ALTER TABLE orders ADD COLUMN priority INT;");
        // then: the verdict stands, and the note says why no metadata lock is recorded
        assertThat(o.algorithm()).contains("INSTANT");
        assertThat(o.note()).hasValueSatisfying(n -> assertThat(n).startsWith("metadata locks not recorded: "));
        if (!on) assertThat(o.note()).contains("metadata locks not recorded: performance_schema is OFF on this server");
        assertThat(o.summary()).endsWith("(" + o.note().orElseThrow() + ")");
    }
}
