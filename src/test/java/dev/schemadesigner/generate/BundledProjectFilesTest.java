package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.generate.migration.AlembicRevisionGenerator;
import dev.schemadesigner.generate.model.SqlAlchemyModelGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled project's files are what the generators make of its schema (classic style, initial
 * revision on an empty history); its Alembic head is that revision.
 */
class BundledProjectFilesTest {

    static List<Artifact> expectedFiles() {
        GenerationContext fresh = GenerationContext.newProject("Customer Feedback Analyzer", GenerationContext.OrmStyle.CLASSIC);
        List<Op> ops = new ArrayList<>();
        BundledProjects.customerFeedbackSchema().tables().forEach(t -> ops.add(new CreateTable(t)));
        ChangeSet initial = new ChangeSet(ops);
        List<Artifact> files = new ArrayList<>(new SqlAlchemyModelGenerator().generate(fresh, initial));
        files.addAll(new AlembicRevisionGenerator().generate(fresh, initial, "initial schema: feedback_analysis and analysis_cache"));
        files.add(new Artifact("api/tests/__init__.py", "python", "test", ""));
        files.add(new Artifact("api/tests/models/__init__.py", "python", "test", ""));
        return files;
    }

    @Test
    void bundledFilesAreTheGeneratedProject() throws Exception {
        List<Artifact> files = expectedFiles();
        java.util.Map<String, String> byPath = new java.util.LinkedHashMap<>();
        files.forEach(a -> byPath.put(a.path(), a.content()));
        byPath.put("FILES", String.join("\n", files.stream().map(Artifact::path).toList()) + "\n");
        // the folder also holds the schema per dialect as SQL (schema.<dialect>.sql), which the SQL importer owns
        Golden.check(Path.of("src/main/resources/" + BundledProjects.CUSTOMER_FEEDBACK_RESOURCE), byPath, false);
        assertThat(AlembicRevisionGenerator.head(files)).contains(BundledProjects.CUSTOMER_FEEDBACK_HEAD);
        assertThat(Files.exists(Path.of("src/main/resources/" + BundledProjects.CUSTOMER_FEEDBACK_RESOURCE + "api/alembic/env.py"))).isTrue();
    }
}
