package dev.schemadesigner.generate.ddl;

import dev.schemadesigner.change.Op;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.Designs;
import dev.schemadesigner.generate.Design;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DDL generator's layout and order, with a dialect that names what it is asked to render
 * (the real PostgresDialect/SqliteDialect/MariaDbDialect execute their own output in the dialect package's tests).
 */
class SqlDdlGeneratorTest {

    /** Written without @Override so it compiles against the Dialect interface before and after its later methods. */
    static final class NamingDialect implements Dialect {
        public String name() { return "fake"; }
        public String displayName() { return "Fake"; }
        public int maxIdentifierLength() { return 63; }
        public String identifierLengthUnit() { return "bytes"; }
        public boolean supportsTransactionalDdl() { return true; }
        public boolean supportsConcurrentIndex() { return false; }
        public boolean supportsPartialIndex() { return false; }
        public boolean supportsIncludeColumns() { return false; }
        public boolean supportsExpressionIndex() { return false; }
        public boolean supportsNotValidConstraints() { return false; }
        public boolean supportsEnumType() { return false; }
        public String quote(String identifier) { return identifier; }
        public boolean isReserved(String identifier) { return false; }
        public String typeFor(LogicalType type, Schema schema) { return type.describe(); }
        public List<String> createSchema(Schema schema) {
            return schema.tables().stream().map(t -> "CREATE TABLE " + t.name()).collect(Collectors.toList());
        }
        public List<String> render(Op op, Schema before) {
            if (op.describe().startsWith("drop table")) throw new dev.schemadesigner.dialect.UnsupportedFeatureException("Fake", "dropping tables");
            return List.of("RENDER " + op.describe());
        }
        public List<String> validateConstraint(String table, String name) { return List.of(); }
        public List<String> checkRows(dev.schemadesigner.change.RowCheck check, Schema before) { return List.of("CHECK " + check.table()); }
        public Schema storedForm(Schema schema) { return schema; }
        public Portable portable(Schema schema) { return new Portable(schema, List.of()); }
        public java.util.Optional<String> defaultExpression(String sql) { return java.util.Optional.of(sql); }
    }

    @Test
    void writesTheSchemaAndUpAndDownScriptsPerDialect() {
        Design design = Designs.painPointTracking();
        List<Artifact> out = new SqlDdlGenerator(List.of(new NamingDialect())).generate(design.ctx(), design.changes());
        assertThat(out).extracting(Artifact::path).containsExactly("db/fake/schema.sql",
                "db/fake/changes/create_table_pain_points.up.sql", "db/fake/changes/create_table_pain_points.down.sql");
        assertThat(out).allMatch(a -> a.language().equals("sql") && a.kind().equals("ddl"));
        assertThat(out.get(0).content()).contains("CREATE TABLE feedback_analysis;\nCREATE TABLE analysis_cache;\nCREATE TABLE pain_points;");
        assertThat(out.get(1).content()).contains("RENDER create table pain_points;");
        assertThat(out.get(2).content()).contains("-- drop table pain_points\n-- not possible on Fake: Fake does not support dropping tables");
        assertThat(design.changes().apply(design.ctx().existingSchema()).tables()).extracting(Table::name).contains("pain_points");
    }

    @Test
    void scriptsCheckExistingRowsFirstAndBringADroppedRequiredColumnBackInThreeSteps() {
        Design unique = dev.schemadesigner.generate.BundledDesigns.uniqueOnPopulatedTable();
        Design drop = Design.bundled("drop_required", dev.schemadesigner.change.ChangeSet.of(
                new dev.schemadesigner.change.DropColumn("feedback_analysis", "comment_text")));

        List<Artifact> up = new SqlDdlGenerator(dev.schemadesigner.dialect.Dialects.all()).generate(unique.ctx(), unique.changes());
        List<Artifact> down = new SqlDdlGenerator(dev.schemadesigner.dialect.Dialects.all()).generate(drop.ctx(), drop.changes());

        assertThat(content(up, "db/postgresql/changes/", ".up.sql")).contains("-- check existing rows of feedback_analysis first\nDO $sd_check$");
        assertThat(content(up, "db/mariadb/changes/", ".up.sql")).contains("INTO @sd_offending, @sd_sample", "EXECUTE IMMEDIATE IF(@sd_offending > 0");
        assertThat(content(up, "db/sqlite/changes/", ".up.sql")).contains("SELECT json_extract('{}', 'cannot add unique uq_feedback_analysis_customer_id_created_at: ");
        assertThat(content(down, "db/postgresql/changes/", ".down.sql")).contains(
                "-- add column comment_text to feedback_analysis (nullable first: the table holds rows)\nALTER TABLE feedback_analysis ADD COLUMN comment_text TEXT;",
                "-- lossy: feedback_analysis.comment_text comes back filled with ''; its values were dropped with the column\n"
                        + "UPDATE feedback_analysis SET comment_text = '' WHERE comment_text IS NULL;",
                "ALTER TABLE feedback_analysis ALTER COLUMN comment_text SET NOT NULL;");
    }

    private static String content(List<Artifact> artifacts, String prefix, String suffix) {
        return artifacts.stream().filter(a -> a.path().startsWith(prefix) && a.path().endsWith(suffix)).findFirst().orElseThrow().content();
    }
}
