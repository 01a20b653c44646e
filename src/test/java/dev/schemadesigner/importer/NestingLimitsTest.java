package dev.schemadesigner.importer;

import dev.schemadesigner.importer.migration.AlembicImporter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit M2 (1.19–1.21): every reader refuses nesting past {@link ImportLimits#MAX_NESTING} before it
 * recurses that deep, and reads nesting up to the limit on a request thread's stack, cold (interpreted
 * frames are the largest: 200 levels of Python calls take about 500 KB then).
 */
class NestingLimitsTest {
    private static final int LIMIT = ImportLimits.MAX_NESTING;
    /** The JVM's default thread stack on 64-bit Linux, which Jetty's request threads use. */
    private static final long REQUEST_THREAD_STACK = 1024 * 1024;

    private static String model(String defaultValue) {
        return "class T(Base):\n    __tablename__ = 't'\n    id = Column(Integer, primary_key=True, default=" + defaultValue + ")\n";
    }

    private static String entity(String length) {
        return "import jakarta.persistence.*;\n@Entity\npublic class T {\n    @Id\n    @Column(length = " + length + ")\n    private Long id;\n}\n";
    }

    private static String revision(String serverDefault) {
        return "def upgrade():\n    op.add_column('t', sa.Column('c', sa.Integer(), server_default=" + serverDefault + "))\n";
    }

    private static String nested(String open, String inner, String close, int levels) {
        return open.repeat(levels) + inner + close.repeat(levels);
    }

    @Test
    void readsNestingUpToTheLimitOnARequestThreadsStack() throws Exception {
        // the call around each value is one level already, so are a class body and a CREATE TABLE's list
        List<Runnable> readers = List.of(
                () -> new SqlAlchemyImporter().importModels(model(nested("(", "1", ")", LIMIT - 1))),
                () -> new SqlAlchemyImporter().importModels(model(nested("f(", "1", ")", LIMIT - 1))),
                () -> new SqlAlchemyImporter().importModels(model(nested("[", "1", "]", LIMIT - 1))),
                () -> new SqlAlchemyImporter().importModels(model("-".repeat(LIMIT - 2) + "1")),
                () -> new SqlAlchemyImporter().importModels(model("not ".repeat(LIMIT - 2) + "1")),
                () -> new SqlAlchemyImporter().importModels(model("1" + " + 1".repeat(LIMIT - 2))),
                () -> new AlembicImporter().importRevision(revision(nested("(", "'1'", ")", LIMIT - 2)), "a1"),
                () -> new AlembicImporter().importRevision(revision("sa.text('" + nested("(", "1", ")", LIMIT) + "')"), "a1"),
                () -> new JpaImporter().importEntities(entity(nested("(", "1", ")", LIMIT - 2))),
                () -> new JpaImporter().importEntities(entity("-".repeat(LIMIT - 2) + "1")),
                () -> new JpaImporter().importEntities(entity("(int) ".repeat(LIMIT / 2 - 1) + "1")),
                () -> new SqlDdlImporter().importSql("CREATE TABLE t (a INT CHECK " + nested("(", "a > 0", ")", LIMIT - 1) + ");", "postgresql"),
                () -> new SqlDdlImporter().importSql("CREATE TABLE t (a INT DEFAULT " + nested("(", "1", ")", LIMIT - 1) + ");", "postgresql"));

        for (int i = 0; i < readers.size(); i++) {
            assertThat(onRequestThreadStack(readers.get(i))).as("reader " + i).isEqualTo("read");
        }
    }

    @Test
    void refusesPythonBracketsPastTheLimitNamingFormatKindAndLine() {
        assertThatThrownBy(() -> new SqlAlchemyImporter().importModels(model(nested("(", "1", ")", LIMIT))))
                .isInstanceOf(NestingTooDeepException.class)
                .hasMessage("sqlalchemy source nests parentheses deeper than 200 levels at line 3");
        assertThatThrownBy(() -> new SqlAlchemyImporter().importModels(model(nested("{1: ", "1", "}", LIMIT))))
                .hasMessage("sqlalchemy source nests braces deeper than 200 levels at line 3");
    }

    @Test
    void refusesPythonOperatorChainsPastTheLimit() {
        for (String deep : List.of("-".repeat(50_000) + "1", "not ".repeat(50_000) + "1", "2" + " ** 2".repeat(50_000),
                "1" + " + 1".repeat(50_000), "a" + ".a".repeat(50_000), "f" + "()".repeat(50_000), "x[0]".repeat(1) + "[0]".repeat(50_000),
                "1 if x else ".repeat(50_000) + "1", "lambda: ".repeat(50_000) + "1")) {
            assertThatThrownBy(() -> new SqlAlchemyImporter().importModels(model(deep)))
                    .as(deep.substring(0, 12))
                    .isInstanceOf(NestingTooDeepException.class)
                    .hasMessage("sqlalchemy source nests expressions deeper than 200 levels at line 3");
        }
    }

    @Test
    void refusesPythonBlocksPastTheLimit() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i <= LIMIT; i++) source.append(" ".repeat(i)).append("if x:\n");
        source.append(" ".repeat(LIMIT + 1)).append("pass\n");

        assertThatThrownBy(() -> new SqlAlchemyImporter().importModels(source.toString()))
                .hasMessage("sqlalchemy source nests blocks deeper than 200 levels at line 201");
    }

    @Test
    void refusesClassInheritancePastTheLimitAndReadsCyclesOnce() {
        StringBuilder chain = new StringBuilder("class C0(Base):\n    __abstract__ = True\n");
        for (int i = 1; i <= LIMIT + 1; i++) chain.append("class C").append(i).append("(C").append(i - 1).append("):\n    x").append(i).append(" = 1\n");
        chain.append("class T(C").append(LIMIT + 1).append("):\n    __tablename__ = 't'\n    id = Column(Integer, primary_key=True)\n");
        String cycle = "class A(B):\n    x = 1\nclass B(A):\n    __tablename__ = 'b'\n    id = Column(Integer, primary_key=True)\n";

        assertThatThrownBy(() -> new SqlAlchemyImporter().importModels(chain.toString()))
                .hasMessageStartingWith("sqlalchemy source nests class inheritance deeper than 200 levels at line");
        assertThat(new SqlAlchemyImporter().importModels(cycle).schema().tables()).extracting(dev.schemadesigner.schema.Table::name).containsExactly("b");
    }

    @Test
    void refusesAlembicNestingPastTheLimitAtItsLineInTheRevision() {
        assertThatThrownBy(() -> new AlembicImporter().importRevision("\n" + revision(nested("(", "'1'", ")", 10_000)), "a1"))
                .hasMessage("alembic source nests parentheses deeper than 200 levels at line 3");
        assertThatThrownBy(() -> new AlembicImporter().importRevision("\n" + revision("sa.text('''\n" + nested("(", "1", ")", 10_000) + "''')"), "a1"))
                .hasMessage("alembic source nests parentheses deeper than 200 levels at line 4");
        assertThatThrownBy(() -> new AlembicImporter().importRevision("def upgrade():\n    op.execute(\"SELECT " + nested("(", "1", ")", 500) + "\")\n", "a1"))
                .hasMessage("alembic source nests parentheses deeper than 200 levels at line 2");
    }

    @Test
    void refusesJavaNestingPastTheLimitButNotInsideStringsOrComments() {
        assertThatThrownBy(() -> new JpaImporter().importEntities(entity(nested("(", "1", ")", LIMIT))))
                .hasMessage("jpa source nests parentheses deeper than 200 levels at line 5");
        for (String chain : List.of("-".repeat(5_000) + "1", "!".repeat(5_000) + "true", "(int) ".repeat(5_000) + "1", "a ? b : ".repeat(5_000) + "1",
                "1" + " + 1".repeat(50_000), "a" + ".a".repeat(50_000))) {
            assertThatThrownBy(() -> new JpaImporter().importEntities(entity(chain)))
                    .hasMessage("jpa source nests expressions deeper than 200 levels at line 5");
        }
        String quiet = "import jakarta.persistence.*;\n// " + "(".repeat(5_000) + "\n/* " + "-".repeat(5_000) + " */\n@Entity\npublic class T {\n"
                + "    @Id\n    @Column(columnDefinition = \"" + "(".repeat(5_000) + "\\\"\")\n    private Long id;\n    String s = \"\"\"\n"
                + "        " + "[".repeat(5_000) + "\n        \"\"\";\n    char c = '(';\n}\n";
        assertThat(new JpaImporter().importEntities(quiet).schema().tables()).hasSize(1);
    }

    @Test
    void refusesSqlNestingPastTheLimitWithItsLine() {
        assertThatThrownBy(() -> new SqlDdlImporter().importSql("CREATE TABLE t (\n a INT CHECK " + nested("(", "a > 0", ")", LIMIT) + "\n);", "postgresql"))
                .hasMessage("sql source nests parentheses deeper than 200 levels at line 2");
        assertThatThrownBy(() -> new SqlDdlImporter().importSql("CREATE TABLE t (a INT[] DEFAULT ARRAY" + nested("[", "1", "]", LIMIT + 1) + ");", "postgresql"))
                .hasMessage("sql source nests brackets deeper than 200 levels at line 1");
        assertThatThrownBy(() -> new SqlMigrationImporter().importScript("\n\nUPDATE t SET a = " + nested("(", "1", ")", 10_000) + ";", "m1", "postgresql",
                dev.schemadesigner.schema.Schema.EMPTY))
                .hasMessage("sql source nests parentheses deeper than 200 levels at line 3");
    }

    @Test
    void readsSqlParenthesesInsideStringsAndCommentsAsText() {
        String ddl = "-- " + "(".repeat(5_000) + "\nCREATE TABLE t (a TEXT DEFAULT '" + "(".repeat(5_000) + "');";

        assertThat(new SqlDdlImporter().importSql(ddl, "postgresql").schema().tables()).hasSize(1);
    }

    /** "read" when the reader returned or refused the input as an import problem; the error's name otherwise. */
    private static String onRequestThreadStack(Runnable reader) throws InterruptedException {
        AtomicReference<String> outcome = new AtomicReference<>("read");
        Thread t = new Thread(null, () -> {
            try {
                reader.run();
            } catch (ImportException e) {
                if (e instanceof NestingTooDeepException) outcome.set("refused: " + e.getMessage());
            } catch (Throwable e) {
                outcome.set(e.getClass().getSimpleName());
            }
        }, "request-sized-reader", REQUEST_THREAD_STACK);
        t.start();
        t.join();
        return outcome.get();
    }
}
