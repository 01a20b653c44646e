package dev.schemadesigner.generate;

import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows the generated pytest builds satisfy the table's checks when they order one column against
 * another ({@code ends_at > starts_at}, {@code start_date <= end_date}, {@code max_guests >= min_guests}
 * inside BETWEEN ranges), and the duplicate-value tests fill unique columns a valid row leaves NULL
 * (a nullable column, a nullable foreign key), so every generated test passes for its own reason; and
 * with names that are Python keywords ({@code classes}, {@code class_id}) and defaults the checks reject
 * ({@code DEFAULT 0} under {@code CHECK (minutes > 0)}).
 */
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class GeneratedTestRowsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{1} on {0}, {2}")
    @MethodSource("dev.schemadesigner.generate.PythonStack#everyStackStyleAndDialect")
    void generatedTestsPassForCrossColumnChecksAndNullableUniques(PythonStack stack, GenerationContext.OrmStyle style, String dialect) throws Exception {
        generatedTestsPass(stack, style, dialect, "bookings", "test_booking.py", "_rejects_duplicates");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{1} on {0}, {2}")
    @MethodSource("dev.schemadesigner.generate.PythonStack#everyStackStyleAndDialect")
    void generatedTestsPassForKeywordNamesAndDefaultsTheChecksReject(PythonStack stack, GenerationContext.OrmStyle style, String dialect) throws Exception {
        generatedTestsPass(stack, style, dialect, "lessons", "test_lesson.py", "_class__navigates_both_ways");
    }

    private static void generatedTestsPass(PythonStack stack, GenerationContext.OrmStyle style, String dialect, String fixture, String testFile,
                                           String expectedTest) throws Exception {
        // given
        Schema after = GeneratedProjectFixtures.postgres("/generate/sample-rows/" + fixture + ".sql");
        GenerationContext ctx = GenerationContext.newProject(fixture, style);

        // when
        List<Artifact> files = new Generator().generate(ctx, GeneratedProjectFixtures.created(Schema.EMPTY, after));

        // then
        Artifact tests = files.stream().filter(a -> a.path().endsWith("/" + testFile)).findFirst().orElseThrow();
        assertThat(tests.content()).contains(expectedTest);
        try (GeneratedProject project = new GeneratedProject(files, stack);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, false);
            ProjectRun.modelsMatchDatabase(project, db, stack);
            ProjectRun.pytestPasses(project, testDb, dialect, fixture + " (" + style + ")", stack, TALLY);
            TALLY.executed(stack, dialect);
        }
    }

    @AfterAll
    static void summary() { TALLY.print("sample-row fixtures"); }
}
