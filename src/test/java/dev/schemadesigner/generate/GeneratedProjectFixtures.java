package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Schemas for execution tests read from PostgreSQL DDL fixtures under src/test/resources/generate/. */
final class GeneratedProjectFixtures {
    private GeneratedProjectFixtures() {}

    static Schema postgres(String... resources) {
        StringBuilder sql = new StringBuilder();
        for (String r : resources) sql.append(resource(r)).append('\n');
        return new SqlDdlImporter().importSql(sql.toString(), "postgresql").schema();
    }

    /** CREATE TABLE for every table of {@code after} that {@code before} lacks, in the fixture's order. */
    static ChangeSet created(Schema before, Schema after) {
        List<Op> ops = after.tables().stream().filter(t -> !before.hasTable(t.name())).<Op>map(CreateTable::new).toList();
        return new ChangeSet(ops);
    }

    private static String resource(String path) {
        try (InputStream in = GeneratedProjectFixtures.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
