package dev.schemadesigner.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PastedReviewRequestTest {

    private static final String MIGRATION = "ALTER TABLE users ADD COLUMN age int NOT NULL; CREATE INDEX idx_users_email ON users(email);";

    @ParameterizedTest
    @ValueSource(strings = {"review this", "check this migration:", "bitte prüfe", "Kannst du das überprüfen?", "revisa esta migración",
            "vérifie cette migration", "revise esta migração", "is this safe to run?", "¿está bien?"})
    void readsAReviewRequestInEverySupportedLanguage(String words) {
        Optional<PastedReviewRequest> read = PastedReviewRequest.read(words + " " + MIGRATION);

        assertThat(read).isPresent();
        assertThat(read.get().source().format()).isEqualTo("sql");
        assertThat(read.get().source().content()).isEqualTo(MIGRATION);
        assertThat(read.get().migration()).isTrue();
        assertThat(read.get().asked()).isPresent();
    }

    @Test
    void codeWithNoOtherWordsIsAReviewRequest() {
        assertThat(PastedReviewRequest.read(MIGRATION)).hasValueSatisfying(r -> assertThat(r.asked()).isEmpty());
        assertThat(PastedReviewRequest.read("Hi, here is my schema:\nCREATE TABLE t (id int PRIMARY KEY);")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"add an updated_at to this: CREATE TABLE t (id int PRIMARY KEY, b text);",
            "add a NOT NULL priority column to feedback_analysis", "Create table for users with name and email",
            "add a CHECK constraint so that score stays between 0 and 10",
            "please add a check constraint: ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0);",
            "review my schema", "check the index on orders", "create table orders (id, customer_name, total)"})
    void otherRequestsAreNotReviewsOfPastedCode(String message) {
        assertThat(PastedReviewRequest.read(message)).isEmpty();
    }

    @Test
    void alembicOperationsPastedOnTheirOwnBecomeTheUpgradeOfARevision() {
        Optional<PastedReviewRequest> asked = PastedReviewRequest.read("is this migration safe to run in production? op.alter_column('users', 'email', nullable=False)");
        Optional<PastedReviewRequest> after = PastedReviewRequest.read("op.create_index('idx_pain_category', 'pain_points', ['category']) — should this use concurrently?");

        assertThat(asked).hasValueSatisfying(r -> {
            assertThat(r.source().format()).isEqualTo("alembic");
            assertThat(r.source().content()).isEqualTo("def upgrade():\n    op.alter_column('users', 'email', nullable=False)");
            assertThat(r.asked()).hasValue("safe to run");
        });
        assertThat(after).hasValueSatisfying(r -> {
            assertThat(r.source().content()).isEqualTo("def upgrade():\n    op.create_index('idx_pain_category', 'pain_points', ['category'])");
            assertThat(r.asked()).hasValue("should this");
        });
        assertThat(PastedReviewRequest.read("please add op.create_index('i', 't', ['c'])")).isEmpty();
    }

    @Test
    void ddlThatOnlyBuildsItsOwnTablesIsASchemaAndAnythingElseAMigration() {
        String ddl = "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, a_id int);\n"
                + "ALTER TABLE ONLY b ADD CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE;\n"
                + "CREATE INDEX CONCURRENTLY idx_b_a_id ON b (a_id);";

        assertThat(PastedReviewRequest.read("review " + ddl).get().migration()).isFalse();
        assertThat(PastedReviewRequest.read("review this migration " + ddl).get().migration()).isTrue();
        assertThat(PastedReviewRequest.read("review " + ddl + "\nCREATE INDEX idx_c_x ON c (x);").get().migration()).isTrue();
        assertThat(PastedReviewRequest.read("review " + ddl + "\nALTER TABLE a DROP COLUMN id;").get().migration()).isTrue();
    }

    @Test
    void readsTheFormatOfPythonAndJavaSources() {
        String alembic = "def upgrade():\n    op.add_column(\"t\", sa.Column(\"x\", sa.Integer()))\n";
        String models = "class T(Base):\n    __tablename__ = \"t\"\n    id = Column(Integer, primary_key=True)\n";
        String entity = "@Entity\npublic class T {\n    @Id private Long id;\n}\n";

        assertThat(PastedReviewRequest.read("review\n```python\n" + alembic + "```")).hasValueSatisfying(r -> {
            assertThat(r.source().format()).isEqualTo("alembic");
            assertThat(r.migration()).isTrue();
        });
        assertThat(PastedReviewRequest.read("prüfe bitte\n" + models).map(r -> r.source().format())).hasValue("sqlalchemy");
        assertThat(PastedReviewRequest.read("revisa:\n```java\n" + entity + "```").map(r -> r.source().format())).hasValue("jpa");
    }
}
