package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JpaReviewApiTest {

    private static App app;

    private static final String ENTITIES = """
            import jakarta.persistence.*;

            @Entity
            @Table(name = "authors")
            public class Author {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;
            }

            @Entity
            @Table(name = "books")
            public class Book {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;
                @ManyToOne(optional = false)
                @JoinColumn(name = "author_id", nullable = false)
                private Author author;
            }
            """;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of()); }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void flagsAManyToOneWithoutAnIndexInPastedJpaEntities() throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "jpa", "content", ENTITIES))));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("findings").findValuesAsText("rule")).contains("fk-missing-index");
    }

    @Test
    void honoursJavaCommentSuppressionsOnTheAssociation() throws Exception {
        String suppressed = ENTITIES.replace("    @ManyToOne(optional = false)", "    // schema-designer: ignore fk-missing-index\n    @ManyToOne(optional = false)");

        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "jpa", "content", suppressed))));

        List<String> rules = r.json().path("findings").findValuesAsText("rule");
        assertThat(r.status()).isEqualTo(200);
        assertThat(rules).doesNotContain("fk-missing-index");
    }

    @Test
    void answersJavaSyntaxErrorsWithAProblemNamingTheLine() throws Exception {
        var r = HttpClientSupport.post(app, "/api/v1/review", Json.write(Map.of("schema", Map.of("format", "jpa", "content", "@Entity class A { Long id }"))));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Java syntax error at line 1");
    }
}
