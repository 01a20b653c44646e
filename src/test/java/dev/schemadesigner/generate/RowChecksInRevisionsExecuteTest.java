package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GeneratedProject.Output;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated Alembic revisions check existing rows first, on each {@link PythonStack}, on SQLite,
 * PostgreSQL and MariaDB (when Debian's python3-pymysql is there; skipped with one line otherwise): over the bundled project's rows made to break the change, a unique constraint's revision
 * stops naming the table, the columns and a duplicated value, and a downgrade that narrows a column
 * back stops naming the values that no longer fit; the database stays at the revision before. Once the
 * rows are mended the same revision runs. (The rows that hold are GeneratedArtifactsExecuteTest's.)
 */
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class RowChecksInRevisionsExecuteTest {

    static Stream<Arguments> runs() {
        List<String> dialects = new ArrayList<>(List.of("sqlite", "postgresql"));
        if (MariaDb.driverInstalled()) dialects.add("mariadb");
        else System.out.println("SKIPPED: generated revisions on MariaDB — Debian's python3-pymysql is not installed (scripts/test.sh installs it)");
        List<Arguments> out = new ArrayList<>();
        for (PythonStack stack : PythonStack.available()) {
            for (String dialect : dialects) out.add(Arguments.of(stack, dialect));
        }
        return out.stream();
    }

    /** A database on the MariaDB server for one run, reached from Python through PyMySQL. */
    private record MariaDb(String name) implements Database {
        static boolean driverInstalled() {
            try {
                Process p = new ProcessBuilder(GeneratedProject.PYTHON, "-c", "import pymysql").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor() == 0;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        static MariaDb create() throws java.sql.SQLException {
            MariaDb db = new MariaDb("sd_gen_" + Long.toString(System.nanoTime(), 36));
            db.admin("CREATE DATABASE " + db.name);
            return db;
        }

        public String url() { return "mysql+pymysql://root@127.0.0.1:3306/" + name; }

        public void close() throws java.sql.SQLException { admin("DROP DATABASE IF EXISTS " + name); }

        private void admin(String sql) throws java.sql.SQLException {
            try (var c = java.sql.DriverManager.getConnection(dev.schemadesigner.TestDatabases.mariadbUrl()); var s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /** Where one run's revisions go: a SQLAlchemy URL, dropped after the run. */
    private interface Database extends AutoCloseable {
        String url();
    }

    /** Runs each SQL argument in one committed transaction (run_sql.py reads; this writes). */
    private static final String WRITE_SQL = "import os, sys\nfrom sqlalchemy import create_engine, text\n"
            + "engine = create_engine(os.environ['DATABASE_URL'])\nwith engine.begin() as connection:\n"
            + "    for sql in sys.argv[1:]:\n        connection.execute(text(sql))\n";

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("runs")
    void aUniqueRevisionStopsOnDuplicatedRowsAndRunsOnceTheyAreMended(PythonStack stack, String dialect) throws Exception {
        Design design = BundledDesigns.uniqueOnPopulatedTable();
        try (GeneratedProject project = new GeneratedProject(GeneratedArtifactsExecuteTest.projectFiles(design), stack);
             Database db = database(project, dialect)) {
            seededAtTheBundledHead(project, db);
            write(project, db, "UPDATE feedback_analysis SET customer_id = 'c-1', created_at = '2024-01-01 00:00:00' WHERE id <= 3");

            Output stopped = project.alembic(db.url(), "upgrade", "head");

            assertThat(stopped.exitCode()).as(stopped.text()).isNotZero();
            assertThat(stopped.text()).contains("RuntimeError: cannot add unique uq_feedback_analysis_customer_id_created_at: "
                    + "feedback_analysis (customer_id, created_at) holds 1 duplicated value(s), e.g. \"c-1, 2024-01-01");
            assertThat(current(project, db)).contains(BundledProjects.CUSTOMER_FEEDBACK_HEAD);

            write(project, db, "DELETE FROM feedback_analysis WHERE id IN (2, 3)");
            ProjectRun.expectOk(project.alembic(db.url(), "upgrade", "head"), "upgrade once the duplicates are gone");
        }
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("runs")
    void aDowngradeThatNarrowsStopsOnValuesThatNoLongerFit(PythonStack stack, String dialect) throws Exception {
        Design design = BundledDesigns.widenColumn();
        try (GeneratedProject project = new GeneratedProject(GeneratedArtifactsExecuteTest.projectFiles(design), stack);
             Database db = database(project, dialect)) {
            seededAtTheBundledHead(project, db);
            ProjectRun.expectOk(project.alembic(db.url(), "upgrade", "head"), "upgrade (widens comment_hash to 128)");
            String head = current(project, db);
            // the last 40 characters of each hash keep the values distinct (comment_hash is unique); 120 fit the widened column
            String tail = "SUBSTR(comment_hash, 25)";
            String filler = "'" + "x".repeat(80) + "'";
            // SQLite before 3.44 (Debian's Python) has no CONCAT; MariaDB reads || as OR
            write(project, db, "UPDATE analysis_cache SET comment_hash = " + (dialect.equals("sqlite") ? tail + " || " + filler : "CONCAT(" + tail + ", " + filler + ")"));

            Output stopped = project.alembic(db.url(), "downgrade", "-1");

            assertThat(stopped.exitCode()).as(stopped.text()).isNotZero();
            assertThat(stopped.text()).containsPattern("RuntimeError: cannot change analysis_cache.comment_hash to string\\(64\\): "
                    + "\\d+ value\\(s\\) longer than 64 characters, e\\.g\\. \"");
            assertThat(current(project, db)).isEqualTo(head);

            write(project, db, "UPDATE analysis_cache SET comment_hash = SUBSTR(comment_hash, 1, 60)");
            ProjectRun.expectOk(project.alembic(db.url(), "downgrade", "-1"), "downgrade once the values fit");
        }
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("runs")
    void aDroppedRequiredColumnComesBackOverRowsFilledWithAPlaceholder(PythonStack stack, String dialect) throws Exception {
        Design design = Design.bundled("drop_required_column", dev.schemadesigner.change.ChangeSet.of(
                new dev.schemadesigner.change.DropColumn("feedback_analysis", "comment_text")));
        try (GeneratedProject project = new GeneratedProject(GeneratedArtifactsExecuteTest.projectFiles(design), stack);
             Database db = database(project, dialect)) {
            seededAtTheBundledHead(project, db);
            ProjectRun.expectOk(project.alembic(db.url(), "upgrade", "head"), "upgrade (drops comment_text)");

            ProjectRun.expectOk(project.alembic(db.url(), "downgrade", "-1"), "downgrade over rows (adds comment_text back)");

            Output rows = project.script("run_sql.py", db.url(), "SELECT COUNT(*) FROM feedback_analysis WHERE comment_text = ''",
                    "SELECT COUNT(*) FROM feedback_analysis");
            ProjectRun.expectOk(rows, "count placeholders");
            assertThat(rows.text().strip().lines().toList()).containsExactly(Integer.toString(BundledDesigns.SEED_ROWS), Integer.toString(BundledDesigns.SEED_ROWS));
            String revision = Files.readString(project.api().resolve("alembic/versions").toFile().listFiles((d, n) -> n.contains("drop_comment_text"))[0].toPath());
            assertThat(revision).contains("# the previous values of feedback_analysis.comment_text were lost when it was dropped; a placeholder fills it");
        }
    }

    private static Database database(GeneratedProject project, String dialect) throws Exception {
        if (dialect.equals("mariadb")) return MariaDb.create();
        PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
        return new Database() {
            public String url() { return db.url(); }
            public void close() throws Exception { db.close(); }
        };
    }

    private static void seededAtTheBundledHead(GeneratedProject project, Database db) throws Exception {
        ProjectRun.expectOk(project.alembic(db.url(), "upgrade", BundledProjects.CUSTOMER_FEEDBACK_HEAD), "upgrade to the bundled head");
        ProjectRun.expectOk(project.script("seed_feedback.py", db.url(), Integer.toString(BundledDesigns.SEED_ROWS)), "seed rows");
    }

    private static void write(GeneratedProject project, Database db, String sql) throws Exception {
        ProjectRun.expectOk(project.python(Map.of("DATABASE_URL", db.url()), "-c", WRITE_SQL, sql), sql);
    }

    private static String current(GeneratedProject project, Database db) throws Exception {
        Output current = project.alembic(db.url(), "current");
        ProjectRun.expectOk(current, "alembic current");
        return current.text().lines().filter(l -> l.matches("^[0-9a-f]{12}.*")).findFirst().orElse("").substring(0, 12);
    }
}
