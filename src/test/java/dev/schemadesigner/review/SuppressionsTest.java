package dev.schemadesigner.review;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionsTest {

    @Test
    void readsSqlCommentsPerColumnTableIndexAndGlobally() {
        // given
        String sql = """
                -- schema-designer: ignore missing-timestamps

                CREATE TABLE customer_timeline ( -- schema-designer: ignore enum-candidate
                    id integer PRIMARY KEY,
                    feedback_id integer REFERENCES feedback_analysis (id), -- schema-designer: ignore fk-nullable
                    -- schema-designer: ignore nullable-required-field, check-candidate
                    score integer,
                    PRIMARY KEY (id) -- schema-designer: ignore
                );
                CREATE INDEX customer_ts ON customer_timeline (customer_id); -- schema-designer: ignore index-naming
                """;
        // when
        Suppressions s = Suppressions.fromSql(sql);
        // then
        assertThat(s.global()).containsExactly("missing-timestamps");
        assertThat(s.byObject()).isEqualTo(Map.of(
                "customer_timeline", Set.of("enum-candidate", Suppressions.ALL),
                "customer_timeline.feedback_id", Set.of("fk-nullable"),
                "customer_timeline.score", Set.of("nullable-required-field", "check-candidate"),
                "customer_ts", Set.of("index-naming")));
    }

    @Test
    void readsPythonCommentsOnColumnsRelationshipsAndClasses() {
        // given
        String python = """
                class CustomerTimeline(BaseModel):  # schema-designer: ignore missing-timestamps
                    __tablename__ = 'customer_timeline'

                    feedback_id = Column(Integer, ForeignKey('feedback_analysis.id'))  # schema-designer: ignore fk-nullable
                    # schema-designer: ignore n-plus-one-risk
                    feedback = relationship("FeedbackAnalysis")
                    event_type: Mapped[str] = mapped_column(String(50))  # schema-designer: ignore enum-candidate
                """;
        // when
        Suppressions s = Suppressions.fromPython(python);
        // then
        assertThat(s.global()).isEmpty();
        assertThat(s.byObject()).isEqualTo(Map.of(
                "customer_timeline", Set.of("missing-timestamps"),
                "customer_timeline.feedback_id", Set.of("fk-nullable"),
                "customer_timeline.feedback", Set.of("n-plus-one-risk"),
                "customer_timeline.event_type", Set.of("enum-candidate")));
    }

    @Test
    void aTrailingCommentWithNothingDeclaredIsGlobal() {
        Suppressions s = Suppressions.fromSql("SELECT 1; -- schema-designer: ignore type-choice\n");
        assertThat(s.global()).containsExactly("type-choice");
        assertThat(s.byObject()).isEmpty();
    }

    @Test
    void readsJavaCommentsOnEntitiesColumnsAndAssociations() {
        String entity = """
                @Entity
                @Table(name = "books") // schema-designer: ignore missing-timestamps
                class Book {
                    // schema-designer: ignore fk-missing-index
                    @ManyToOne
                    private Author author;
                    @Column(name = "isbn_code") private String isbn; // schema-designer: ignore unique-natural-key
                    private String subTitle; // schema-designer: ignore type-choice
                }
                """;

        Suppressions s = Suppressions.fromJava(entity);

        org.assertj.core.api.Assertions.assertThat(s.global()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(s.byObject()).containsEntry("books.author_id", java.util.Set.of("fk-missing-index"))
                .containsEntry("books.author", java.util.Set.of("fk-missing-index"))
                .containsEntry("books.isbn_code", java.util.Set.of("unique-natural-key"))
                .containsEntry("books.sub_title", java.util.Set.of("type-choice"));
    }
}
