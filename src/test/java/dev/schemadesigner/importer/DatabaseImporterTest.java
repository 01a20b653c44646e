package dev.schemadesigner.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseImporterTest {

    @Test
    void picksTheIntrospectorByProductName() {
        assertThat(DatabaseImporter.forProduct("PostgreSQL")).isInstanceOf(PostgresIntrospector.class);
        assertThat(DatabaseImporter.forProduct("SQLite")).isInstanceOf(SqliteIntrospector.class);
        assertThat(DatabaseImporter.forProduct("MariaDB")).isInstanceOf(MariaDbIntrospector.class);
        assertThat(DatabaseImporter.forProduct("MySQL")).isInstanceOf(MariaDbIntrospector.class);
    }

    @Test
    void namesTheDatabasesItSupportsWhenItCannotImport() {
        assertThatThrownBy(() -> DatabaseImporter.forProduct("Oracle")).hasMessageContaining("Oracle").hasMessageContaining("PostgreSQL");
    }
}
