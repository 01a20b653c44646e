package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GeneratedProject.Output;
import dev.schemadesigner.generate.GeneratedProject.PytestCounts;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps every execution test takes with a generated project on one database: upgrade (over
 * seeded rows at the bundled head for the bundled project), on the 2.0 stack {@code alembic check}
 * (models and migrated database agree), the generated pytest, downgrade base, upgrade again, and the
 * database compared with the intended schema.
 */
final class ProjectRun {
    private ProjectRun() {}

    /**
     * Per stack and dialect: designs executed to the end and generated tests passed/failed, printed as
     * {@code <what> [sqlalchemy-2.0 on postgresql]: 56 executed, generated tests: 520 passed, 0 failed}.
     */
    static final class Tally {
        private record Counts(AtomicInteger designs, AtomicInteger passed, AtomicInteger failed) {}

        private final Map<String, Counts> byRun = new ConcurrentSkipListMap<>();

        private Counts counts(PythonStack stack, String dialect) {
            return byRun.computeIfAbsent(stack.name() + " on " + dialect, k -> new Counts(new AtomicInteger(), new AtomicInteger(), new AtomicInteger()));
        }

        void executed(PythonStack stack, String dialect) { counts(stack, dialect).designs.incrementAndGet(); }

        void print(String what) {
            byRun.forEach((run, c) -> System.out.println(what + " [" + run + "]: " + c.designs.get() + " executed, generated tests: "
                    + c.passed.get() + " passed, " + c.failed.get() + " failed"));
        }
    }

    static void upgrade(GeneratedProject project, PythonDatabase db, boolean bundled) throws Exception {
        if (bundled) {
            expectOk(project.alembic(db.url(), "upgrade", BundledProjects.CUSTOMER_FEEDBACK_HEAD), "upgrade to the bundled head");
            expectOk(project.script("seed_feedback.py", db.url(), Integer.toString(BundledDesigns.SEED_ROWS)), "seed rows");
        }
        expectOk(project.alembic(db.url(), "upgrade", "head"), "alembic upgrade head");
    }

    /**
     * The project's requirements.txt names the SQLAlchemy and Alembic versions that just ran it: pinned
     * ({@code SQLAlchemy==2.0.52}) or as a verified alternative ({@code SQLAlchemy 2.0.52 / Alembic 1.19.1}).
     */
    static void requirementsNameTheStack(GeneratedProject project) throws Exception {
        Output versions = project.python(java.util.Map.of(), "-c", "import sqlalchemy, alembic; print(sqlalchemy.__version__, alembic.__version__)");
        expectOk(versions, "versions");
        String[] v = versions.text().strip().split(" ");
        String requirements = java.nio.file.Files.readString(project.api().resolve("requirements.txt"));
        assertThat(requirements).as("requirements.txt").containsAnyOf("SQLAlchemy==" + v[0] + "\n", "SQLAlchemy " + v[0] + " / Alembic " + v[1]);
        assertThat(requirements).as("requirements.txt").containsAnyOf("alembic==" + v[1] + "\n", "SQLAlchemy " + v[0] + " / Alembic " + v[1]);
    }

    /** On the 2.0 stack: {@code alembic check} finds no difference between the models and the database at head. */
    static void modelsMatchDatabase(GeneratedProject project, PythonDatabase db, PythonStack stack) throws Exception {
        if (!stack.modern()) return;   // Alembic 1.8 has no check command
        Output check = project.alembic(db.url(), "check");
        assertThat(check.ok()).as("alembic check (models vs migrated database) on " + db.dialect() + ":\n" + check.text()).isTrue();
    }

    /** Runs the generated pytest; every test must pass and there must be some. */
    static void pytestPasses(GeneratedProject project, PythonDatabase testDb, String dialect, String label, PythonStack stack, Tally tally) throws Exception {
        Output pytest = project.pytest(dialect.equals("sqlite") ? null : testDb.url());
        PytestCounts counts = PytestCounts.parse(pytest.text());
        tally.counts(stack, dialect).passed.addAndGet(counts.passed());
        tally.counts(stack, dialect).failed.addAndGet(counts.failed() + counts.errors());
        System.out.println("generated tests [" + label + " on " + stack + ", " + dialect + "]: " + counts.passed() + " passed, "
                + (counts.failed() + counts.errors()) + " failed");
        assertThat(counts.failed() + counts.errors()).as("generated pytest failures:\n" + pytest.text()).isZero();
        assertThat(counts.passed()).as("generated pytest output:\n" + pytest.text()).isPositive();
    }

    /** Downgrade base, upgrade head again, then the database (inspector and DatabaseImporter) must equal {@code intended}. */
    static void downgradeUpgradeAndCompare(GeneratedProject project, PythonDatabase db, String dialect, Schema intended, String what) throws Exception {
        expectOk(project.alembic(db.url(), "downgrade", "base"), "alembic downgrade base");
        expectOk(project.alembic(db.url(), "upgrade", "head"), "alembic upgrade head (again)");
        Output shape = project.script("inspect_schema.py", db.url());
        expectOk(shape, "inspect");
        List<String> enumChecks = dialect.equals("sqlite") ? StoredSchema.storedByAlembic(intended, dialect).tables().stream()
                .flatMap(t -> t.checks().stream()).map(c -> c.name()).filter(n -> n.endsWith("_enum")).toList() : List.of();
        assertThat(ExpectedShape.differences(intended, shape.text(), enumChecks)).as("database (SQLAlchemy inspector) vs " + what).isEmpty();
        var diff = StoredSchema.diff(intended, db.url(), dialect);
        assertThat(diff.differences()).as("database (DatabaseImporter) vs " + what).isEmpty();
    }

    static void expectOk(Output output, String what) {
        assertThat(output.ok()).as(what + " failed:\n" + output.text()).isTrue();
    }
}
