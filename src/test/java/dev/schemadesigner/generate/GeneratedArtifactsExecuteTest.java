package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GeneratedProject.Output;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Execution is the test: every design's artifacts run for real on SQLite and on a fresh PostgreSQL
 * database — alembic upgrade head (bundled designs: over rows inserted at the bundled head), data
 * checks, the generated pytest, downgrade base, upgrade head again, then the database is compared
 * with the intended schema.
 */
class GeneratedArtifactsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    static Stream<Arguments> runs() {
        // -Ddesigns=a,b and -Ddialects=sqlite narrow the matrix while working on one design
        List<String> only = List.of(System.getProperty("designs", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
        List<String> dialects = List.of(System.getProperty("dialects", "sqlite,postgresql").split(","));
        List<Arguments> out = new ArrayList<>();
        for (Design d : Designs.all()) {
            if (!only.isEmpty() && !only.contains(d.name())) continue;
            for (String dialect : dialects) out.add(Arguments.of(d, dialect));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void generatedArtifactsRun(Design design, String dialect) throws Exception {
        List<Artifact> files = projectFiles(design);
        try (GeneratedProject project = new GeneratedProject(files);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, design.bundled());
            for (Design.DataCheck check : design.checks()) {
                Output result = project.script("run_sql.py", db.url(), check.sql());
                ProjectRun.expectOk(result, "data check " + check.sql());
                assertThat(result.text().strip().lines().reduce((a, b) -> b).orElse("")).as(check.sql()).isEqualTo(Long.toString(check.expected()));
            }
            ProjectRun.pytestPasses(project, testDb, dialect, design.name(), TALLY);
            Schema after = design.changes().apply(design.ctx().existingSchema());
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, after, "intended schema");
        }
    }

    static List<Artifact> projectFiles(Design design) {
        Map<String, Artifact> byPath = new LinkedHashMap<>();
        if (design.bundled()) BundledProjects.customerFeedbackFiles().forEach(a -> byPath.put(a.path(), a));
        new Generator().generate(design.ctx(), design.changes()).forEach(a -> byPath.put(a.path(), a));
        return List.copyOf(byPath.values());
    }

    @AfterAll
    static void summary() {
        TALLY.print();
    }
}
