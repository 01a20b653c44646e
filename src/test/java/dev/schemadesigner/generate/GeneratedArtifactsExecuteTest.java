package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GeneratedProject.Output;
import dev.schemadesigner.generate.GeneratedProject.PytestCounts;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Execution is the test: every design's artifacts run for real on SQLite and on a fresh PostgreSQL
 * database — alembic upgrade head (bundled designs: over rows inserted at the bundled head), data
 * checks, the generated pytest, downgrade base, upgrade head again, then the database is compared
 * with the intended schema.
 */
class GeneratedArtifactsExecuteTest {
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();

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
            if (design.bundled()) {
                expectOk(project.alembic(db.url(), "upgrade", BundledProjects.CUSTOMER_FEEDBACK_HEAD), "upgrade to the bundled head");
                expectOk(project.script("seed_feedback.py", db.url(), Integer.toString(BundledDesigns.SEED_ROWS)), "seed rows");
            }
            expectOk(project.alembic(db.url(), "upgrade", "head"), "alembic upgrade head");
            for (Design.DataCheck check : design.checks()) {
                Output result = project.script("run_sql.py", db.url(), check.sql());
                expectOk(result, "data check " + check.sql());
                assertThat(result.text().strip().lines().reduce((a, b) -> b).orElse("")).as(check.sql()).isEqualTo(Long.toString(check.expected()));
            }
            Output pytest = project.pytest(dialect.equals("sqlite") ? null : testDb.url());
            PytestCounts counts = PytestCounts.parse(pytest.text());
            PASSED.addAndGet(counts.passed());
            FAILED.addAndGet(counts.failed() + counts.errors());
            System.out.println("generated tests [" + design.name() + " on " + dialect + "]: " + counts.passed() + " passed, "
                    + (counts.failed() + counts.errors()) + " failed");
            assertThat(counts.failed() + counts.errors()).as("generated pytest failures:\n" + pytest.text()).isZero();
            assertThat(counts.passed()).as("generated pytest output:\n" + pytest.text()).isPositive();
            expectOk(project.alembic(db.url(), "downgrade", "base"), "alembic downgrade base");
            expectOk(project.alembic(db.url(), "upgrade", "head"), "alembic upgrade head (again)");
            Output shape = project.script("inspect_schema.py", db.url());
            expectOk(shape, "inspect");
            Schema after = design.changes().apply(design.ctx().existingSchema());
            List<String> enumChecks = dialect.equals("sqlite") ? StoredSchema.storedByAlembic(after, dialect).tables().stream()
                    .flatMap(t -> t.checks().stream()).map(c -> c.name()).filter(n -> n.endsWith("_enum")).toList() : List.of();
            assertThat(ExpectedShape.differences(after, shape.text(), enumChecks)).as("database (SQLAlchemy inspector) vs intended schema").isEmpty();
            var diff = StoredSchema.diff(after, db.url(), dialect);
            assertThat(diff.differences()).as("database (DatabaseImporter) vs intended schema").isEmpty();
        }
    }

    static List<Artifact> projectFiles(Design design) {
        Map<String, Artifact> byPath = new LinkedHashMap<>();
        if (design.bundled()) BundledProjects.customerFeedbackFiles().forEach(a -> byPath.put(a.path(), a));
        new Generator().generate(design.ctx(), design.changes()).forEach(a -> byPath.put(a.path(), a));
        return List.copyOf(byPath.values());
    }

    private static void expectOk(Output output, String what) {
        assertThat(output.ok()).as(what + " failed:\n" + output.text()).isTrue();
    }

    @AfterAll
    static void summary() {
        System.out.println("generated tests: " + PASSED.get() + " passed, " + FAILED.get() + " failed");
    }
}
