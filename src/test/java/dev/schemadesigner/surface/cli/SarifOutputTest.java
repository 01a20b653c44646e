package dev.schemadesigner.surface.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.schemadesigner.surface.cli.CliReviewTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code review --format sarif} against the official SARIF 2.1.0 JSON schema (test resource sarif/, see ORIGIN.md). */
class SarifOutputTest {

    private static Schema sarif;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void aReviewWithFindingsOfEverySeverityIsValidSarif() throws Exception {
        // given: migrations, models and a statement the importer cannot read (a tool notification)
        Path notNull = Files.writeString(dir.resolve("V1__not_null.sql"), "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n");
        Path index = Files.writeString(dir.resolve("V2 index.sql"), "BEGIN;\nCREATE INDEX CONCURRENTLY idx_users_created ON users (created_at);\nCOMMIT;\n");
        Path models = Files.writeString(dir.resolve("models.py"), """
                from sqlalchemy import Column, Integer, ForeignKey
                from sqlalchemy.orm import declarative_base
                Base = declarative_base()

                class Parent(Base):
                    __tablename__ = "parent"
                    id = Column(Integer, primary_key=True)

                class Child(Base):
                    __tablename__ = "child"
                    id = Column(Integer, primary_key=True)
                    parent_id = Column(Integer, ForeignKey("parent.id"), nullable=False)
                """);

        CliReviewTest.Run run = cli("review", "--format", "sarif", "--fail-on", "info", notNull.toString(), index.toString(), models.toString());

        JsonNode log = run.json();
        var errors = sarif.validate(log);
        assertThat(errors).as("SARIF schema violations").isEmpty();
        JsonNode results = log.path("runs").get(0).path("results");
        assertThat(results.size()).isPositive();
        assertThat(run.code()).isEqualTo(Cli.FINDINGS);
        // every result names a rule of the driver's rules by id and index, in a file the run reviewed
        JsonNode rules = log.path("runs").get(0).path("tool").path("driver").path("rules");
        for (JsonNode r : results) {
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
            assertThat(r.path("level").asText()).isIn("error", "warning", "note");
            String uri = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            assertThat(List.of(notNull.toUri().toString(), index.toUri().toString(), models.toUri().toString())).contains(uri);
        }
    }

    @Test
    void relativePathsBecomeRelativeUriReferences() {
        assertThat(SarifReport.uri(Path.of("db/migrations/V2 index.sql"))).isEqualTo("db/migrations/V2%20index.sql");
    }

    @Test
    void notesAloneAreValidSarifAndPassAtTheDefaultFailOn() throws Exception {
        Path clean = Files.writeString(dir.resolve("V3__nullable.sql"), "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\n");

        CliReviewTest.Run run = cli("review", "--format", "sarif", clean.toString());

        assertThat(sarif.validate(run.json())).isEmpty();
        assertThat(run.json().path("runs").get(0).path("results")).allSatisfy(r -> assertThat(r.path("level").asText()).isEqualTo("note"));
        assertThat(run.code()).isEqualTo(Cli.CLEAN);
    }

    @Test
    void theSchemaCatchesAnInvalidLog() throws Exception {
        // the validator is live: a log whose result has a level SARIF does not define is refused
        JsonNode bad = dev.schemadesigner.json.Json.tree("""
                {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}""");
        assertThat(sarif.validate(bad)).isNotEmpty();
    }
}
