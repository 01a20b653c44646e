package dev.schemadesigner.chat;

import dev.schemadesigner.importer.ImportResult;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaImportsTest {

    private static final String DDL = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);";

    @Test
    void readsTheSameSchemaTextOnce() {
        SchemaImports imports = new SchemaImports();

        ImportResult first = imports.read(new Source("sql", DDL, Optional.of("schema.sql")), "postgresql");
        ImportResult again = imports.read(new Source("SQL ", DDL, Optional.empty()), "postgresql");

        assertThat(again).isSameAs(first);
        assertThat(first.schema().hasTable("users")).isTrue();
    }

    @Test
    void readsAnotherTextOrDialectAfresh() {
        SchemaImports imports = new SchemaImports();
        ImportResult postgres = imports.read(new Source("sql", DDL, Optional.empty()), "postgresql");

        assertThat(imports.read(new Source("sql", DDL, Optional.empty()), "sqlite")).isNotSameAs(postgres);
        assertThat(imports.read(new Source("sql", DDL + "\nCREATE TABLE tags (id bigint PRIMARY KEY);", Optional.empty()), "postgresql")
                .schema().hasTable("tags")).isTrue();
    }

    @Test
    void aSourceThatDoesNotImportFailsEveryTime() {
        SchemaImports imports = new SchemaImports();
        Source broken = new Source("sql", "CREATE TABLE (", Optional.empty());

        assertThatThrownBy(() -> imports.read(broken, "postgresql")).isInstanceOf(ConversationException.class);
        assertThatThrownBy(() -> imports.read(broken, "postgresql")).isInstanceOf(ConversationException.class);
    }
}
