package dev.schemadesigner.importer;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.importer.migration.MigrationStep;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A migration's ALTER TABLE with several kinds of action keeps every one of them (issue 13: ADD mixed with DROP lost the DROP). */
class SqlMigrationAlterActionsTest {

    @Test
    void readsEveryActionOfAnAlterTableThatMixesAddWithDrop() {
        Schema before = new SqlDdlImporter().importSql("CREATE TABLE t (id int PRIMARY KEY, c text, e int);", "postgresql").schema();

        MigrationImport imported = new SqlMigrationImporter().importScript(
                "ALTER TABLE t ADD COLUMN d int, DROP COLUMN c, ALTER COLUMN e SET NOT NULL;", "V2__mixed.sql", "postgresql", before);

        assertThat(imported.script().upgrade()).extracting(MigrationStep::op).satisfiesExactly(
                op -> assertThat(op).isInstanceOfSatisfying(AddColumn.class, a -> assertThat(a.column().name()).isEqualTo("d")),
                op -> assertThat(op).isInstanceOfSatisfying(DropColumn.class, d -> assertThat(d.column()).isEqualTo("c")),
                op -> assertThat(op).isInstanceOfSatisfying(AlterColumn.class, a -> assertThat(a.nullable()).isFalse()));
        assertThat(imported.warnings()).isEmpty();
    }
}
