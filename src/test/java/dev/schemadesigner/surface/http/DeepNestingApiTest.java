package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit M2 (1.19–1.21): deeply nested sources were a StackOverflowError, a bare 500 with an empty
 * body. Each reader now refuses them with a 400 naming the format, the depth and the line, quickly.
 */
class DeepNestingApiTest {

    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of()); }

    @AfterAll
    static void stop() { app.close(); }

    // 1.19
    @Test
    void refusesSqlAlchemyDefaultNestedFiveHundredParenthesesDeep() throws Exception {
        String models = "class T(Base):\n    __tablename__ = 't'\n    id = Column(Integer, primary_key=True, default="
                + "(".repeat(500) + "1" + ")".repeat(500) + ")\n";

        var r = reviewSchema("sqlalchemy", models);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("sqlalchemy source nests parentheses deeper than 200 levels at line 3");
    }

    // 1.19
    @Test
    void refusesSqlAlchemyListsNestedFiftyThousandDeep() throws Exception {
        String models = "class T(Base):\n    __tablename__ = 't'\n    tags = Column(ARRAY(String), default="
                + "[".repeat(50_000) + "]".repeat(50_000) + ")\n";

        var r = reviewSchema("sqlalchemy", models);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("sqlalchemy source nests", "deeper than 200 levels at line 3");
    }

    // 1.19, the same depth without brackets: unary minus and attribute chains are nesting too
    @Test
    void refusesSqlAlchemyOperatorChainsTooDeepToRead() throws Exception {
        String minus = "class T(Base):\n    __tablename__ = 't'\n    id = Column(Integer, primary_key=True, default="
                + "-".repeat(50_000) + "1)\n";
        String attributes = "class T(Base):\n    __tablename__ = 't'\n    id = Column(" + "a.".repeat(50_000) + "b, primary_key=True)\n";

        var r1 = reviewSchema("sqlalchemy", minus);
        var r2 = reviewSchema("sqlalchemy", attributes);

        assertThat(r1.status()).as(r1.body()).isEqualTo(400);
        assertThat(r1.json().path("detail").asText()).contains("sqlalchemy source nests expressions deeper than 200 levels at line 3");
        assertThat(r2.status()).as(r2.body()).isEqualTo(400);
        assertThat(r2.json().path("detail").asText()).contains("sqlalchemy source nests expressions deeper than 200 levels at line 3");
    }

    // 1.20
    @Test
    void refusesJpaColumnNestedFiveHundredParenthesesDeep() throws Exception {
        String entity = "import jakarta.persistence.*;\n\n@Entity\npublic class T {\n    @Id\n    @Column(length="
                + "(".repeat(500) + "1" + ")".repeat(500) + ")\n    private Long id;\n}\n";

        var r = reviewSchema("jpa", entity);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("jpa source nests parentheses deeper than 200 levels at line 6");
    }

    // 1.20, brackets inside strings and comments are not nesting
    @Test
    void readsJpaWithManyBracketsInsideStringsAndComments() throws Exception {
        String entity = "import jakarta.persistence.*;\n// " + "(".repeat(500) + "\n/* " + "{".repeat(500) + " */\n@Entity\npublic class T {\n"
                + "    @Id\n    @Column(columnDefinition = \"" + "(".repeat(500) + "\")\n    private Long id;\n"
                + "    private char open = '(';\n}\n";

        var r = reviewSchema("jpa", entity);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    // 1.21
    @Test
    void refusesAlembicServerDefaultNestedTenThousandDeep() throws Exception {
        String revision = "revision = 'a1'\ndown_revision = None\n\ndef upgrade():\n"
                + "    op.add_column('t', sa.Column('c', sa.Integer(), server_default=" + "(".repeat(10_000) + "'1'" + ")".repeat(10_000) + "))\n";

        var r = reviewMigration(revision);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("alembic source nests parentheses deeper than 200 levels at line 5");
    }

    // 1.21, the same depth as SQL text inside the Python string
    @Test
    void refusesAlembicServerDefaultTextNestedTenThousandDeep() throws Exception {
        String revision = "revision = 'a1'\ndown_revision = None\n\ndef upgrade():\n"
                + "    op.add_column('t', sa.Column('c', sa.Integer(), server_default=sa.text('" + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "')))\n";

        var r = reviewMigration(revision);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("nests parentheses deeper than 200 levels");
    }

    // 1.17 held (no crash), but SQL gets the same explicit limit as the other readers
    @Test
    void refusesSqlCheckNestedTenThousandParenthesesDeep() throws Exception {
        String ddl = "CREATE TABLE t (\n  a INT,\n  CHECK (" + "(".repeat(10_000) + "a > 0" + ")".repeat(10_000) + ")\n);";

        var r = reviewSchema("sql", ddl);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("sql source nests parentheses deeper than 200 levels at line 3");
    }

    private static HttpClientSupport.Response reviewSchema(String format, String content) throws Exception {
        long start = System.nanoTime();
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", format, "content", content))));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        return r;
    }

    private static HttpClientSupport.Response reviewMigration(String revision) throws Exception {
        long start = System.nanoTime();
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "sql", "content", "CREATE TABLE t (id INT PRIMARY KEY);"),
                "migrations", List.of(Map.of("format", "alembic", "content", revision, "name", "a1.py")))));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        return r;
    }
}
