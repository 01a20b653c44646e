package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GeneratedProject.Output;
import dev.schemadesigner.generate.GeneratedProject.PytestCounts;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps every execution test takes with a generated project on one database: upgrade (over
 * seeded rows at the bundled head for the bundled project), the generated pytest, downgrade base,
 * upgrade again, and the database compared with the intended schema.
 */
final class ProjectRun {
    private ProjectRun() {}

    /** Generated-pytest counts of one test class, printed as {@code generated tests: N passed, M failed}. */
    static final class Tally {
        private final AtomicInteger passed = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();

        void print() { System.out.println("generated tests: " + passed.get() + " passed, " + failed.get() + " failed"); }
    }

    static void upgrade(GeneratedProject project, PythonDatabase db, boolean bundled) throws Exception {
        if (bundled) {
            expectOk(project.alembic(db.url(), "upgrade", BundledProjects.CUSTOMER_FEEDBACK_HEAD), "upgrade to the bundled head");
            expectOk(project.script("seed_feedback.py", db.url(), Integer.toString(BundledDesigns.SEED_ROWS)), "seed rows");
        }
        expectOk(project.alembic(db.url(), "upgrade", "head"), "alembic upgrade head");
    }

    /** Runs the generated pytest; every test must pass and there must be some. */
    static void pytestPasses(GeneratedProject project, PythonDatabase testDb, String dialect, String label, Tally tally) throws Exception {
        Output pytest = project.pytest(dialect.equals("sqlite") ? null : testDb.url());
        PytestCounts counts = PytestCounts.parse(pytest.text());
        tally.passed.addAndGet(counts.passed());
        tally.failed.addAndGet(counts.failed() + counts.errors());
        System.out.println("generated tests [" + label + " on " + dialect + "]: " + counts.passed() + " passed, "
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
