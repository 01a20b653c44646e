package dev.schemadesigner.chat;

import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A migration reviewed on its own (no base schema), the way people paste one, and with its schema. */
class MigrationReviewStandsAloneTest {
    private final SourceReview review = new SourceReview(new Reviewer(), LiveDatabases.none());

    private List<Finding> sql(String sql) { return sql(sql, Optional.empty(), Optional.empty()); }

    private List<Finding> sql(String sql, Optional<Boolean> assume, Optional<Integer> version) {
        return review.review(new ReviewRequest(Optional.empty(), List.of(new Source("sql", sql, Optional.of("V7__m.sql"))), Optional.of("postgresql"),
                List.of(), List.of(), assume, version)).findings();
    }

    private static List<String> rules(List<Finding> findings) { return findings.stream().map(Finding::rule).toList(); }

    @Test
    void aTableTheMigrationDoesNotCreateIsReviewedAsExistingWithData() {
        assertThat(rules(sql("CREATE INDEX idx_orders_customer ON orders (customer_id);\n"))).contains("create-index-not-concurrently");
        assertThat(rules(sql("DROP TABLE old_sessions;\n"))).contains("drop-table");
        assertThat(rules(sql("CREATE TABLE t (id int PRIMARY KEY, c text);\nCREATE INDEX idx_t_c ON t (c);\n"))).doesNotContain("create-index-not-concurrently");
    }

    @Test
    void concurrentlyWithoutBeginIsOutsideATransactionUnlessTheRunnerWrapsTheFile() {
        String sql = "CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);\n";
        assertThat(rules(sql(sql))).doesNotContain("concurrently-in-transaction");
        assertThat(rules(sql(sql, Optional.of(true), Optional.empty()))).contains("concurrently-in-transaction");
        assertThat(rules(sql("-- flyway:executeInTransaction=false\n" + sql, Optional.of(true), Optional.empty()))).doesNotContain("concurrently-in-transaction");
        assertThat(rules(sql("BEGIN;\n" + sql + "COMMIT;\n"))).contains("concurrently-in-transaction");
    }

    @Test
    void aMigrationReviewWithItsSchemaReportsOnlyTheMigration() {
        Source schema = new Source("sql", "CREATE TABLE orders (id int, customer_id int, note varchar(10));\nCREATE TABLE things (a text);\n", Optional.of("schema.sql"));
        List<Finding> withSchema = review.review(new ReviewRequest(Optional.of(schema),
                List.of(new Source("sql", "CREATE INDEX idx_orders_customer ON orders (customer_id);\n", Optional.of("V8__idx.sql"))),
                Optional.of("postgresql"), List.of(), List.of())).findings();
        List<Finding> schemaAlone = review.review(new ReviewRequest(Optional.of(schema), List.of(), Optional.of("postgresql"), List.of(), List.of())).findings();
        assertThat(rules(schemaAlone)).contains("missing-primary-key");
        assertThat(rules(withSchema)).contains("create-index-not-concurrently").doesNotContain("missing-primary-key");
    }

    @Test
    void missingDowngradeIsInformationForForwardOnlySqlAndAnErrorForAnAlembicPass() {
        assertThat(sql("ALTER TABLE orders ADD COLUMN note text;\n")).filteredOn(f -> f.rule().equals("missing-downgrade"))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
        String alembic = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'a1'\ndown_revision = None\n\n\n"
                + "def upgrade():\n    op.add_column('orders', sa.Column('note', sa.Text(), nullable=True))\n\n\ndef downgrade():\n    pass\n";
        List<Finding> found = review.review(new ReviewRequest(Optional.empty(), List.of(new Source("alembic", alembic, Optional.of("a1.py"))),
                Optional.of("postgresql"), List.of(), List.of())).findings();
        assertThat(found).filteredOn(f -> f.rule().equals("missing-downgrade")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void backfillIsReportedOncePerMigrationAndNotForAOneRowFix() {
        List<Finding> two = sql("ALTER TABLE tickets ADD COLUMN status text;\nUPDATE tickets SET status = 'open';\nUPDATE tickets SET status = 'x' WHERE status IS NULL;\n");
        assertThat(two).filteredOn(f -> f.rule().equals("backfill-in-schema-migration")).hasSize(1)
                .allMatch(f -> f.message().contains("2 backfill statements"));
        assertThat(rules(sql("ALTER TABLE settings ADD COLUMN note text;\nUPDATE settings SET value = 'on' WHERE id = 7;\n")))
                .doesNotContain("backfill-in-schema-migration");
    }

    @Test
    void backupAndRecreateIsNeitherARenameNorAnIndexOnAPopulatedTable() {
        List<Finding> found = sql("BEGIN;\nALTER TABLE events RENAME TO events_backup;\nCREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);\n"
                + "INSERT INTO events (id, kind) SELECT id, kind FROM events_backup;\nCREATE INDEX idx_events_kind ON events (kind);\nCOMMIT;\n");
        assertThat(rules(found)).doesNotContain("rename-table", "create-index-not-concurrently");
        assertThat(rules(sql("ALTER TABLE events RENAME TO happenings;\n"))).contains("rename-table");
    }

    @Test
    void setNotNullAfterAValidatedCheckScansOnlyBeforePostgresql12() {
        String sql = "ALTER TABLE users VALIDATE CONSTRAINT ck_users_name_nn;\nALTER TABLE users ALTER COLUMN name SET NOT NULL;\n";
        assertThat(rules(sql(sql))).doesNotContain("set-not-null-on-existing-column");
        assertThat(rules(sql(sql, Optional.empty(), Optional.of(11)))).contains("set-not-null-on-existing-column");
        assertThat(rules(sql("ALTER TABLE users ALTER COLUMN name SET NOT NULL;\n"))).contains("set-not-null-on-existing-column");
    }

    @Test
    void notValidThenValidateInOneTransactionIsFlagged() {
        String add = "ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n";
        String validate = "ALTER TABLE orders VALIDATE CONSTRAINT fk_c;\n";
        assertThat(rules(sql("BEGIN;\n" + add + validate + "COMMIT;\n"))).contains("add-foreign-key-validating");
        assertThat(rules(sql("BEGIN;\n" + add + "COMMIT;\nBEGIN;\n" + validate + "COMMIT;\n"))).doesNotContain("add-foreign-key-validating");
    }

    @Test
    void defaultsAreJudgedByPostgresqlsCatalogueAndUnknownFunctionsAreAssumedVolatile() {
        assertThat(rules(sql("ALTER TABLE a ADD COLUMN created timestamptz DEFAULT now();\n"))).doesNotContain("volatile-default");
        assertThat(rules(sql("ALTER TABLE a ADD COLUMN r float DEFAULT random();\n"))).contains("volatile-default");
        assertThat(sql("ALTER TABLE a ADD COLUMN j jsonb DEFAULT my_json();\n")).filteredOn(f -> f.rule().equals("volatile-default"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("my_json() is not a PostgreSQL built-in, so it is assumed volatile"));
        assertThat(rules(sql("ALTER TABLE a ADD COLUMN n int DEFAULT 10;\n", Optional.empty(), Optional.of(10)))).contains("volatile-default");
        assertThat(rules(sql("ALTER TABLE a ADD COLUMN n int DEFAULT 10;\n", Optional.empty(), Optional.of(11)))).doesNotContain("volatile-default");
    }

    @Test
    void generatedStoredAndSerialColumnsOnExistingTablesAreRewrites() {
        assertThat(rules(sql("ALTER TABLE p ADD COLUMN s numeric GENERATED ALWAYS AS (a + b) STORED;\n"))).contains("volatile-default");
        assertThat(rules(sql("ALTER TABLE p ADD COLUMN seq serial;\n"))).contains("volatile-default");
    }

    @Test
    void aMultiActionAlterKeepsEveryAdd() {
        assertThat(rules(sql("ALTER TABLE t SET LOGGED, ADD COLUMN c integer DEFAULT uuid();\n"))).contains("volatile-default");
        assertThat(rules(sql("ALTER TABLE t ADD COLUMN d int, DROP COLUMN c;\n"))).contains("drop-column");
    }

    @Test
    void anUnknownTargetVersionIsABadRequest() {
        assertThatThrownBy(() -> sql("ALTER TABLE a ADD COLUMN n int;\n", Optional.empty(), Optional.of(3)))
                .isInstanceOf(ConversationException.class).hasMessageContaining("target_version");
    }
}
