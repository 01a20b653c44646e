package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GeneratedProject.Output;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
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
 * database, on each {@link PythonStack} (classic models on SQLAlchemy 1.4 and 2.0, typed models on 2.0)
 * — alembic upgrade head (bundled designs: over rows inserted at the bundled head), on 2.0 alembic
 * check, data checks, the generated pytest, downgrade base, upgrade head again, then the database is
 * compared with the intended schema.
 */
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class GeneratedArtifactsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    static Stream<Arguments> runs() {
        // -Ddesigns=a,b and -Ddialects=sqlite narrow the matrix while working on one design
        List<String> only = List.of(System.getProperty("designs", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
        // -Dstacks=sqlalchemy-2.0 narrows the stacks
        List<String> dialects = List.of(System.getProperty("dialects", "sqlite,postgresql").split(","));
        List<Arguments> out = new ArrayList<>();
        for (Design d : Designs.all()) {
            if (!only.isEmpty() && !only.contains(d.name())) continue;
            for (PythonStack stack : PythonStack.available()) {
                for (GenerationContext.OrmStyle style : stack.styles()) {
                    for (String dialect : dialects) out.add(Arguments.of(d.withStyle(style), style.name().toLowerCase(java.util.Locale.ROOT), stack, dialect));
                }
            }
        }
        return out.stream();
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} ({1}) on {2}, {3}")
    @MethodSource("runs")
    void generatedArtifactsRun(Design design, String style, PythonStack stack, String dialect) throws Exception {
        List<Artifact> files = projectFiles(design);
        try (GeneratedProject project = new GeneratedProject(files, stack);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, design.bundled());
            ProjectRun.modelsMatchDatabase(project, db, stack);
            ProjectRun.requirementsNameTheStack(project);
            for (Design.DataCheck check : design.checks()) {
                Output result = project.script("run_sql.py", db.url(), check.sql());
                ProjectRun.expectOk(result, "data check " + check.sql());
                assertThat(result.text().strip().lines().reduce((a, b) -> b).orElse("")).as(check.sql()).isEqualTo(Long.toString(check.expected()));
            }
            ProjectRun.pytestPasses(project, testDb, dialect, design.name() + " (" + style + ")", stack, TALLY);
            Schema after = design.changes().apply(design.ctx().existingSchema());
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, after, "intended schema");
            TALLY.executed(stack, dialect);
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
        TALLY.print("designs (" + Designs.all().size() + " designs, classic and typed styles)");
    }
}
