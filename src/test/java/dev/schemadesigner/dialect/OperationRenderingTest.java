package dev.schemadesigner.dialect;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationRenderingTest {

    private final Schema before = Fixtures.parentAndChild();
    private final PostgresDialect postgres = new PostgresDialect();
    private final SqliteDialect sqlite = new SqliteDialect();
    private final MariaDbDialect mariadb = new MariaDbDialect();

    @Test
    void buildsIndexesConcurrentlyOnPostgresOnlyWhenAsked() {
        var op = new CreateIndex("child", Index.on("idx_child_qty", "qty"), true);

        assertThat(postgres.render(op, before)).containsExactly("CREATE INDEX CONCURRENTLY idx_child_qty ON child (qty)");
        assertThat(sqlite.render(op, before)).containsExactly("CREATE INDEX idx_child_qty ON child (qty)");
        assertThat(mariadb.render(op, before)).containsExactly("CREATE INDEX idx_child_qty ON child (qty)");
        assertThat(postgres.render(new DropIndex("child", "idx_child_parent_id", true), before))
                .containsExactly("DROP INDEX CONCURRENTLY idx_child_parent_id");
    }

    @Test
    void addsConstraintsNotValidOnPostgresAndValidatesThemLater() {
        var fk = new AddForeignKey("parent", ForeignKey.of("fk_parent_backup", "backup_id", "parent", "id", FkAction.SET_NULL), true);
        var check = new AddCheck("child", new Check("ck_child_qty", "qty >= 0"), true);

        assertThat(postgres.render(fk, before)).containsExactly(
                "ALTER TABLE parent ADD CONSTRAINT fk_parent_backup FOREIGN KEY (backup_id) REFERENCES parent (id) ON DELETE SET NULL NOT VALID");
        assertThat(postgres.render(check, before)).containsExactly("ALTER TABLE child ADD CONSTRAINT ck_child_qty CHECK (qty >= 0) NOT VALID");
        assertThat(postgres.validateConstraint("child", "ck_child_qty")).containsExactly("ALTER TABLE child VALIDATE CONSTRAINT ck_child_qty");
        assertThat(mariadb.render(check, before)).containsExactly("ALTER TABLE child ADD CONSTRAINT ck_child_qty CHECK (qty >= 0)");
        assertThat(mariadb.validateConstraint("child", "ck_child_qty")).isEmpty();
        assertThat(sqlite.validateConstraint("child", "ck_child_qty")).isEmpty();
    }

    @Test
    void altersOnlyWhatChangesOnPostgres() {
        var nullable = new AlterColumn("parent", "name", LogicalType.varchar(50), true, Optional.empty());
        var retype = new AlterColumn("child", "qty", LogicalType.BIGINT, false, Optional.of(DefaultValue.number("1")));

        assertThat(postgres.render(nullable, before)).containsExactly("ALTER TABLE parent ALTER COLUMN name DROP NOT NULL");
        assertThat(postgres.render(retype, before)).containsExactly(
                "ALTER TABLE child ALTER COLUMN qty DROP DEFAULT",
                "ALTER TABLE child ALTER COLUMN qty TYPE BIGINT USING qty::BIGINT",
                "ALTER TABLE child ALTER COLUMN qty SET DEFAULT 1");
        assertThat(mariadb.render(retype, before)).containsExactly("ALTER TABLE child MODIFY COLUMN qty BIGINT NOT NULL DEFAULT 1");
    }

    @Test
    void dropsMariaDbKeysAndUniquesTheMariaDbWay() {
        assertThat(mariadb.render(new DropForeignKey("child", "fk_child_parent"), before))
                .containsExactly("ALTER TABLE child DROP FOREIGN KEY fk_child_parent");
        assertThat(mariadb.render(new DropForeignKey("child", "fk_child_other_parent"), before)).containsExactly(
                "ALTER TABLE child DROP FOREIGN KEY fk_child_other_parent", "DROP INDEX fk_child_other_parent ON child");
        assertThat(mariadb.render(new DropConstraint("parent", "uq_parent_name"), before)).containsExactly("DROP INDEX uq_parent_name ON parent");
        assertThat(mariadb.render(new DropConstraint("parent", "ck_parent_name"), before))
                .containsExactly("ALTER TABLE parent DROP CONSTRAINT ck_parent_name");
        assertThat(mariadb.render(new DropIndex("child", "idx_child_parent_id"), before))
                .containsExactly("ALTER TABLE child DROP INDEX idx_child_parent_id, ADD INDEX fk_child_parent (parent_id)");
    }

    @Test
    void refusesAUniquePartialIndexOnMariaDbNamingTheDatabaseAndFeature() {
        var op = new CreateIndex("parent", Index.uniqueOn("uq_parent_open_name", "name").withWhere("status = 'new'"));

        assertThatThrownBy(() -> mariadb.render(op, before))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("MariaDB does not support partial unique indexes")
                .hasMessageContaining("uq_parent_open_name");
        assertThat(postgres.render(op, before)).containsExactly("CREATE UNIQUE INDEX uq_parent_open_name ON parent (name) WHERE status = 'new'");
    }

    @Test
    void prefixesNonUniqueTextKeysOnMariaDb() {
        var op = new CreateIndex("parent", Index.on("idx_parent_note", "note", "name"));

        assertThat(mariadb.render(op, before)).containsExactly("CREATE INDEX idx_parent_note ON parent (note(255), name)");
    }

    @Test
    void createsEnumTypesOnlyWherTheyExist() {
        var op = new CreateEnum(EnumType.of("mood", "happy", "it's ok"));

        assertThat(postgres.render(op, before)).containsExactly("CREATE TYPE mood AS ENUM ('happy', 'it''s ok')");
        assertThat(sqlite.render(op, before)).isEmpty();
        assertThat(mariadb.render(op, before)).isEmpty();
    }

    @Test
    void rebuildsSqliteTablesWithForeignKeysOffInTheirOwnTransaction() {
        var op = new AddCheck("child", new Check("ck_child_qty", "qty >= 0"));

        var sql = sqlite.render(op, before);

        assertThat(sql).first().isEqualTo("PRAGMA foreign_keys=OFF");
        assertThat(sql).element(1).isEqualTo("BEGIN");
        assertThat(sql.get(2)).startsWith("CREATE TABLE _sd_new_child (").contains("CONSTRAINT ck_child_qty CHECK (qty >= 0)")
                .contains("CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE");
        assertThat(sql.subList(3, sql.size())).containsExactly(
                "INSERT INTO _sd_new_child (id, parent_id, qty, other_parent_id) SELECT id, parent_id, qty, other_parent_id FROM child",
                "DROP TABLE child",
                "ALTER TABLE _sd_new_child RENAME TO child",
                "CREATE INDEX idx_child_parent_id ON child (parent_id)",
                "CREATE TEMP TABLE _sd_foreign_key_check (violations INTEGER CONSTRAINT foreign_keys_hold_after_rebuild CHECK (violations = 0))",
                "INSERT INTO _sd_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check",
                "DROP TABLE _sd_foreign_key_check",
                "COMMIT",
                "PRAGMA foreign_keys=ON");
    }

    @Test
    void splitsDataMigrationsAtTopLevelSemicolonsForTheDialect() {
        var op = new DataMigration("fix", Map.of(
                "any", "UPDATE parent SET note = 'a;b'; -- trailing; comment\n ; UPDATE child SET qty = 1;",
                "postgresql", "DO $$ BEGIN PERFORM 1; END $$; SELECT 1"), Map.of());

        assertThat(sqlite.render(op, before)).containsExactly("UPDATE parent SET note = 'a;b'", "-- trailing; comment", "UPDATE child SET qty = 1");
        assertThat(postgres.render(op, before)).containsExactly("DO $$ BEGIN PERFORM 1; END $$", "SELECT 1");
    }

    @Test
    void readsBackslashesInStringsTheWayEachDatabaseDoes() {
        var op = DataMigration.portable("paths", "UPDATE parent SET note = 'C:\\'; UPDATE parent SET note = 'it\\'s; fine'", null);

        assertThat(postgres.render(op, before)).containsExactly("UPDATE parent SET note = 'C:\\'", "UPDATE parent SET note = 'it\\'s", "fine'");
        assertThat(mariadb.render(op, before)).hasSize(1);
    }
}
