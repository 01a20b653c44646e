package dev.schemadesigner.dialect;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.ThrowawayDatabase.Kind;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQLite table rebuild on a connection that enforces foreign keys, with a child that cascades. */
class SqliteRebuildTest {

    private final SqliteDialect dialect = new SqliteDialect();
    private final Schema before = Fixtures.parentAndChild();

    @Test
    void rebuildsAReferencedTableWithoutCascadingIntoItsChildren() throws Exception {
        var op = new AlterColumn("parent", "name", LogicalType.varchar(120), false, Optional.empty());
        try (ThrowawayDatabase db = TestDatabases.open(Kind.SQLITE)) {
            db.execute(dialect.createSchema(before));
            db.execute(Fixtures.parentAndChildRows());
            DatabaseState state = new DatabaseState(db);

            db.execute(dialect.render(op, before));

            assertThat(state.count("parent")).isEqualTo(2);
            assertThat(state.count("child")).isEqualTo(3);
            assertThat(state.string("PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(state.string("SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
            assertThat(state.string("SELECT sql FROM sqlite_master WHERE name = 'parent'")).contains("VARCHAR(120)")
                    .contains("CONSTRAINT uq_parent_name UNIQUE").contains("CONSTRAINT ck_parent_status_enum CHECK");
            db.execute(List.of("DELETE FROM parent WHERE id = 1"));
            assertThat(state.count("child")).as("the cascade still works after the rebuild").isEqualTo(1);
        }
    }

    @Test
    void keepsEnforcingTheRebuiltTablesNewConstraint() throws Exception {
        var op = new AddCheck("child", new Check("ck_child_qty", "qty >= 0"));
        try (ThrowawayDatabase db = TestDatabases.open(Kind.SQLITE)) {
            db.execute(dialect.createSchema(before));
            db.execute(Fixtures.parentAndChildRows());

            db.execute(dialect.render(op, before));

            assertThatThrownBy(() -> db.execute(List.of("INSERT INTO child (parent_id, qty) VALUES (1, -1)"))).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> db.execute(List.of("INSERT INTO child (parent_id, qty) VALUES (99, 1)"))).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void refusesToAddAForeignKeyThatExistingRowsBreak() throws Exception {
        var op = new dev.schemadesigner.change.AddForeignKey("parent",
                dev.schemadesigner.schema.ForeignKey.of("fk_parent_backup", "backup_id", "parent", "id", dev.schemadesigner.schema.FkAction.SET_NULL));
        try (ThrowawayDatabase db = TestDatabases.open(Kind.SQLITE)) {
            db.execute(dialect.createSchema(before));
            db.execute(Fixtures.parentAndChildRows());
            db.execute(List.of("UPDATE parent SET backup_id = 42 WHERE id = 1"));

            assertThatThrownBy(() -> db.execute(dialect.render(op, before))).hasMessageContaining("foreign_keys_hold_after_rebuild");
        }
    }

    @Test
    void failsLoudlyInsideACallersTransactionInsteadOfDeletingChildRows() throws Exception {
        var op = new AlterColumn("parent", "name", LogicalType.varchar(120), false, Optional.empty());
        try (ThrowawayDatabase db = TestDatabases.open(Kind.SQLITE)) {
            db.execute(dialect.createSchema(before));
            db.execute(Fixtures.parentAndChildRows());
            db.connection().setAutoCommit(false);

            assertThatThrownBy(() -> db.execute(dialect.render(op, before))).hasMessageContaining("while running: BEGIN");

            db.connection().rollback();
            db.connection().setAutoCommit(true);
            assertThat(new DatabaseState(db).count("child")).isEqualTo(3);
        }
    }
}
