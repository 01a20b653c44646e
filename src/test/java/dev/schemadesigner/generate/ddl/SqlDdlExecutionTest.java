package dev.schemadesigner.generate.ddl;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.generate.Design;
import dev.schemadesigner.generate.Designs;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL scripts run: on a throw-away PostgreSQL schema and SQLite file, the existing schema,
 * then the up script, must introspect as the dialect's stored form of the schema after the change;
 * the down script must bring back the stored form of the schema before it.
 */
class SqlDdlExecutionTest {

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (Design d : Designs.all()) {
            out.add(Arguments.of(d, ThrowawayDatabase.Kind.SQLITE));
            out.add(Arguments.of(d, ThrowawayDatabase.Kind.POSTGRESQL));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void upAndDownScriptsRun(Design design, ThrowawayDatabase.Kind kind) throws Exception {
        Dialect dialect = Dialects.byName(kind == ThrowawayDatabase.Kind.SQLITE ? "sqlite" : "postgresql");
        Schema before = design.ctx().existingSchema();
        Schema after = design.changes().apply(before);
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            if (!before.tables().isEmpty()) db.execute(dialect.createSchema(before));
            db.execute(SqlDdlGenerator.upStatements(dialect, design.changes(), before));
            assertThat(SchemaDiff.between(dialect.storedForm(after), DatabaseImporter.introspect(db.connection(), db.name())).differences())
                    .as("after the up script").isEmpty();
            db.execute(SqlDdlGenerator.downStatements(dialect, design.changes(), before));
            assertThat(SchemaDiff.between(dialect.storedForm(before), DatabaseImporter.introspect(db.connection(), db.name())).differences())
                    .as("after the down script").isEmpty();
        }
    }
}
