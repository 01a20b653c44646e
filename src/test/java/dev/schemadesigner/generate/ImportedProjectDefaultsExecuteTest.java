package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported PostgreSQL project whose keys default to {@code gen_random_uuid()}: its baseline
 * revision, the revision that adds a table and the models run on SQLite as well as on PostgreSQL,
 * because each database gets the default in its own SQL (SQLite: random UUID-shaped text).
 */
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class ImportedProjectDefaultsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{1} on {0}, {2}")
    @MethodSource("dev.schemadesigner.generate.PythonStack#everyStackStyleAndDialect")
    void genRandomUuidDefaultsOfAnImportedProjectRunOnEachDatabase(PythonStack stack, GenerationContext.OrmStyle style, String dialect) throws Exception {
        // given
        Schema existing = GeneratedProjectFixtures.postgres("/generate/imported/shop-uuid.sql");
        Schema after = GeneratedProjectFixtures.postgres("/generate/imported/shop-uuid.sql", "/generate/imported/shop-uuid-added.sql");
        GenerationContext ctx = GenerationContext.newProject("shop", style).withExisting(existing, Optional.empty());
        ChangeSet changes = GeneratedProjectFixtures.created(existing, after);

        // when
        List<Artifact> files = Generator.withDialects(List.of(Dialects.byName("postgresql"), Dialects.byName("sqlite"))).generate(ctx, changes);

        // then
        assertThat(files).filteredOn(a -> a.kind().equals("migration") && a.path().contains("baseline"))
                .singleElement().satisfies(a -> assertThat(a.content()).contains(".get(op.get_bind().dialect.name)"));
        try (GeneratedProject project = new GeneratedProject(files, stack);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, false);
            ProjectRun.modelsMatchDatabase(project, db, stack);
            ProjectRun.pytestPasses(project, testDb, dialect, "imported uuid defaults (" + style + ")", stack, TALLY);
            TALLY.executed(stack, dialect);
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, after, "intended schema");
        }
    }

    @AfterAll
    static void summary() { TALLY.print("imported uuid defaults"); }
}
