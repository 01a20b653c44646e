package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source pasted into {@code POST /api/v1/chat} with a request to review it is reviewed — a
 * migration against the session's schema, a schema on its own — with exactly the findings
 * {@code POST /api/v1/review} gives for the same source, and the session's schema stays as it was.
 */
class ReviewInChatApiTest {

    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of()); }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void sqlMigrationInEnglishAndGermanIsReviewedAgainstTheSessionSchemaLikeTheReviewApi() throws Exception {
        String sql = fixture("feedback-migration.sql");

        JsonNode reply = chat(null, "Can you review this migration before I run it?\n\n" + sql);
        JsonNode german = chat(null, "Bitte prüfe diese Migration:\n```sql\n" + sql + "```");

        assertThat(reply.at("/intent/intent").asText()).isEqualTo("migration");
        assertThat(rules(reply)).contains("add-not-null-column-without-default", "create-index-not-concurrently", "drop-column");
        JsonNode api = reviewApi(reply, "sql", sql, "pasted migration", true);
        assertThat(reply.path("findings")).isEqualTo(api);
        assertThat(german.path("findings")).isEqualTo(api);
        assertUnchanged(reply);
        assertUnchanged(german);
    }

    @Test
    void alembicRevisionInGermanAndEnglishIsReviewedAgainstTheSessionSchemaLikeTheReviewApi() throws Exception {
        String revision = fixture("feedback-revision.py");

        JsonNode reply = chat(null, "Bitte prüfe diese Alembic-Revision:\n```python\n" + revision + "```");
        JsonNode english = chat(null, "is this revision safe to deploy?\n" + revision);

        assertThat(reply.at("/intent/intent").asText()).isEqualTo("migration");
        assertThat(reply.at("/intent/trigger").asText()).isEqualTo("prüfe");
        assertThat(rules(reply)).contains("add-not-null-column-without-default", "create-index-not-concurrently");
        JsonNode api = reviewApi(reply, "alembic", revision, "pasted revision", true);
        assertThat(reply.path("findings")).isEqualTo(api);
        assertThat(english.path("findings")).isEqualTo(api);
        assertUnchanged(reply);
        assertUnchanged(english);
    }

    @Test
    void alembicOperationsPastedInPortugueseAreReviewedAsTheUpgradeOfARevision() throws Exception {
        String call = "op.create_index('idx_feedback_analysis_comment_text', 'feedback_analysis', ['comment_text'])";

        JsonNode reply = chat(null, "revise esta migração, por favor: " + call);

        assertThat(reply.at("/intent/intent").asText()).isEqualTo("migration");
        assertThat(objectsOf(reply, "create-index-not-concurrently")).containsExactly("idx_feedback_analysis_comment_text");
        assertThat(reply.path("findings")).isEqualTo(reviewApi(reply, "alembic", "def upgrade():\n    " + call, "pasted revision", true));
        assertUnchanged(reply);
    }

    @Test
    void pastedDdlIsReviewedOnItsOwnNotTheProjectsTables() throws Exception {
        String ddl = fixture("library.sql");

        JsonNode english = chat(null, "please check this schema:\n" + ddl);
        JsonNode codeOnly = chat(null, ddl);
        JsonNode spanish = chat(null, "¿Puedes revisar este esquema?\n```sql\n" + ddl + "```");
        JsonNode german = chat(null, "Schau dir bitte dieses Schema an:\n" + ddl);

        JsonNode api = reviewApi(english, "sql", ddl, "pasted schema", false);
        assertThat(english.path("text").asText()).contains("The fixes are for the pasted source").doesNotContain("apply fix N");
        assertThat(rules(english)).contains("fk-missing-index", "missing-timestamps");
        assertThat(objects(english)).allMatch(o -> o.startsWith("authors") || o.startsWith("books"));
        for (JsonNode reply : List.of(english, codeOnly, spanish, german)) {
            assertThat(reply.at("/intent/intent").asText()).isEqualTo("review");
            assertThat(reply.path("findings")).isEqualTo(api);
            assertUnchanged(reply);
        }
    }

    @Test
    void sqlAlchemyModelsInEnglishAndGermanAreReviewedLikeTheReviewApi() throws Exception {
        String models = fixture("library_models.py");

        JsonNode english = chat(null, "review my models\n```python\n" + models + "```");
        JsonNode german = chat(null, "Kannst du meine Modelle überprüfen?\n\n" + models);

        JsonNode api = reviewApi(english, "sqlalchemy", models, "pasted models", false);
        assertThat(rules(english)).contains("fk-missing-index", "missing-timestamps");
        assertThat(english.path("findings")).isEqualTo(api);
        assertThat(german.path("findings")).isEqualTo(api);
        assertUnchanged(english);
        assertUnchanged(german);
    }

    @Test
    void jpaEntitiesInFrenchAreReviewedLikeTheReviewApi() throws Exception {
        String entity = fixture("Book.java");

        JsonNode reply = chat(null, "Vérifie cette entité, s'il te plaît :\n```java\n" + entity + "```");

        assertThat(reply.at("/intent/intent").asText()).isEqualTo("review");
        assertThat(rules(reply)).contains("missing-timestamps");
        assertThat(reply.path("findings")).isEqualTo(reviewApi(reply, "jpa", entity, "pasted entities", false));
        assertUnchanged(reply);
    }

    @Test
    void theReportedMigrationIsReviewedInsteadOfPlannedAsAChange() throws Exception {
        // given: a project whose schema has the users table the migration alters
        String project = HttpClientSupport.post(app, "/api/v1/projects", Json.write(Map.of("name", "Accounts",
                "schema", Map.of("format", "sql", "content", fixture("users.sql"))))).json().path("id").asText();
        String message = "review this migration: ALTER TABLE users ADD COLUMN age int NOT NULL; CREATE INDEX idx_users_email ON users(email);";

        // when
        JsonNode reply = post(Map.of("project_id", project, "message", message));

        // then
        assertThat(reply.at("/intent/intent").asText()).isEqualTo("migration");
        assertThat(reply.at("/plan/changes").size()).isZero();
        assertThat(objectsOf(reply, "add-not-null-column-without-default")).containsExactly("users.age");
        assertThat(objectsOf(reply, "create-index-not-concurrently")).containsExactly("idx_users_email");
        assertThat(reply.path("text").asText()).contains((1 + indexOf(reply, "add-not-null-column-without-default")) + "", "apply to the session's schema");
        String migration = "ALTER TABLE users ADD COLUMN age int NOT NULL; CREATE INDEX idx_users_email ON users(email);";
        assertThat(reply.path("findings")).isEqualTo(reviewApi(reply, "sql", migration, "pasted migration", true));
        assertUnchanged(reply);
    }

    @Test
    void theReportedMigrationOnTheBundledProjectReviewsUsersAsAnExistingTableItDoesNotKnow() throws Exception {
        String migration = "ALTER TABLE users ADD COLUMN age int NOT NULL; CREATE INDEX idx_users_email ON users(email);";

        JsonNode reply = chat(null, "review this migration: " + migration);

        assertThat(objectsOf(reply, "add-not-null-column-without-default")).containsExactly("users.age");
        assertThat(objectsOf(reply, "create-index-not-concurrently")).containsExactly("idx_users_email");
        // what the migration does not say about users (a primary key, timestamps) is not judged
        assertThat(reply.path("findings")).noneMatch(f -> f.path("object").asText().startsWith("users")
                && List.of("missing-primary-key", "missing-timestamps").contains(f.path("rule").asText()));
        assertThat(reply.path("text").asText()).contains("table users is not in the schema the migration starts from");
        assertThat(reply.path("findings")).isEqualTo(reviewApi(reply, "sql", migration, "pasted migration", true));
        assertUnchanged(reply);
    }

    @Test
    void aListedFixIsAppliedByNumberOrRuleInTheNextTurn() throws Exception {
        // given
        String project = HttpClientSupport.post(app, "/api/v1/projects", Json.write(Map.of("name", "Accounts",
                "schema", Map.of("format", "sql", "content", fixture("users.sql"))))).json().path("id").asText();
        JsonNode review = post(Map.of("project_id", project,
                "message", "check this migration: ALTER TABLE users ADD COLUMN age int NOT NULL; CREATE INDEX idx_users_email ON users(email);"));
        String session = review.path("session_id").asText();
        int number = 1 + indexOf(review, "add-not-null-column-without-default");

        // when
        JsonNode applied = chat(session, "apply fix " + number);

        // then
        assertThat(applied.path("turn").asInt()).isEqualTo(2);
        assertThat(applied.at("/plan/changes")).isEqualTo(review.at("/findings/" + (number - 1) + "/fix/changes"));
        JsonNode age = column(applied.path("schema"), "users", "age");
        assertThat(age.path("nullable").asBoolean()).isTrue();
        assertThat(applied.path("verification").findValues("ok")).isNotEmpty().allMatch(JsonNode::asBoolean);

        // by rule, in a second session
        JsonNode again = post(Map.of("project_id", project,
                "message", "check this migration: ALTER TABLE users ADD COLUMN age int NOT NULL; CREATE INDEX idx_users_email ON users(email);"));
        JsonNode byRule = chat(again.path("session_id").asText(), "apply the fix for create-index-not-concurrently");
        assertThat(byRule.at("/plan/changes")).isEqualTo(again.at("/findings/" + indexOf(again, "create-index-not-concurrently") + "/fix/changes"));
        assertThat(byRule.path("schema").toString()).contains("idx_users_email");
    }

    @Test
    void aPastedSchemaThatCannotBeReadIsAnsweredWithWhatWentWrong() throws Exception {
        String ddl = "CREATE TABLE books (id int PRIMARY KEY, title text NOT NULL;";

        JsonNode reply = chat(null, "review this schema: " + ddl);
        HttpClientSupport.Response api = HttpClientSupport.post(app, "/api/v1/review",
                Json.write(Map.of("schema", Map.of("format", "sql", "content", ddl))));

        assertThat(api.status()).isEqualTo(400);
        assertThat(reply.path("text").asText()).startsWith("I could not read the pasted schema (sql): ")
                .contains(api.json().at("/errors/0/message").asText(api.json().path("detail").asText()));
        assertThat(reply.path("findings").size()).isZero();
        assertUnchanged(reply);
    }

    @Test
    void sqlShapedCodeNoImporterReadsAndNoOneAskedToReviewGoesToThePlanner() throws Exception {
        JsonNode reply = chat(null, "create table orders (id, customer_name, total)");

        assertThat(reply.path("text").asText()).doesNotStartWith("I could not read").doesNotStartWith("Reviewed the pasted");
    }

    @Test
    void aChoiceOfAFindingThePreviousReplyDidNotListIsABadRequest() throws Exception {
        JsonNode review = chat(null, "review this:\n" + fixture("library.sql"));

        HttpClientSupport.Response none = HttpClientSupport.post(app, "/api/v1/chat",
                Json.write(Map.of("session_id", review.path("session_id").asText(), "message", "apply the fix for drop-table")));

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().at("/errors/0/field").asText()).isEqualTo("message");
    }

    private static JsonNode chat(String session, String message) throws Exception {
        Map<String, Object> body = new HashMap<>();
        if (session != null) body.put("session_id", session);
        body.put("message", message);
        return post(body);
    }

    private static JsonNode post(Map<String, Object> body) throws Exception {
        HttpClientSupport.Response r = HttpClientSupport.post(app, "/api/v1/chat", Json.write(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** {@code POST /api/v1/review} of the same source: a migration of the schema the chat turn started from, or the source alone. */
    private static JsonNode reviewApi(JsonNode chatReply, String format, String content, String name, boolean migration) throws Exception {
        Map<String, Object> source = Map.of("format", format, "content", content.strip(), "name", name);
        Map<String, Object> body = migration
                ? Map.of("schema", Map.of("format", "json", "content", sessionSchema(chatReply).toString()), "migrations", List.of(source),
                "dialect", "postgresql")
                : Map.of("schema", source, "dialect", "postgresql");
        HttpClientSupport.Response r = HttpClientSupport.post(app, "/api/v1/review", Json.write(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("findings");
    }

    /** The session's schema now, from the session resource. */
    private static JsonNode sessionSchema(JsonNode reply) throws Exception {
        return HttpClientSupport.get(app, "/api/v1/sessions/" + reply.path("session_id").asText()).json().path("schema");
    }

    /** Nothing changed: no plan, no files, and the session's schema is its project's. */
    private static void assertUnchanged(JsonNode reply) throws Exception {
        assertThat(reply.at("/plan/changes").size()).isZero();
        assertThat(reply.path("artifacts").size()).isZero();
        String projectId = HttpClientSupport.get(app, "/api/v1/sessions/" + reply.path("session_id").asText()).json().path("project_id").asText();
        JsonNode projectSchema = HttpClientSupport.get(app, "/api/v1/projects/" + projectId).json().path("schema");
        assertThat(sessionSchema(reply)).isEqualTo(projectSchema);
        assertThat(reply.path("schema")).isEqualTo(projectSchema);
    }

    private static List<String> rules(JsonNode reply) { return reply.path("findings").findValuesAsText("rule"); }

    private static List<String> objects(JsonNode reply) { return reply.path("findings").findValuesAsText("object"); }

    private static List<String> objectsOf(JsonNode reply, String rule) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode f : reply.path("findings")) if (f.path("rule").asText().equals(rule)) out.add(f.path("object").asText());
        return out;
    }

    private static int indexOf(JsonNode reply, String rule) {
        for (int i = 0; i < reply.path("findings").size(); i++) if (reply.path("findings").get(i).path("rule").asText().equals(rule)) return i;
        throw new AssertionError("no " + rule + " finding in " + reply.path("findings"));
    }

    private static JsonNode column(JsonNode schema, String table, String column) {
        for (JsonNode t : schema.path("tables")) {
            if (!t.path("name").asText().equals(table)) continue;
            for (JsonNode c : t.path("columns")) if (c.path("name").asText().equals(column)) return c;
        }
        throw new AssertionError("no column " + table + "." + column + " in " + schema);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ReviewInChatApiTest.class.getResourceAsStream("/chat/review/" + name)) {
            if (in == null) throw new IOException("missing fixture /chat/review/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
