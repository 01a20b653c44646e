package dev.schemadesigner.generate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the skill's worked examples and migration-safety rules promise, read from the generated text (execution is in GeneratedArtifactsExecuteTest). */
class SkillExamplesTest {

    private static List<Artifact> generate(Design d) { return new Generator().generate(d.ctx(), d.changes()); }

    private static String file(List<Artifact> artifacts, String path) {
        return artifacts.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no " + path)).content();
    }

    private static List<Artifact> migrations(List<Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.kind().equals("migration") && a.path().contains("/versions/")).toList();
    }

    private static String field(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " = \"?([0-9a-f]{12}|None)\"?$").matcher(text);
        assertThat(m.find()).as(name + " in\n" + text).isTrue();
        return m.group(1);
    }

    @Test
    void painPointTrackingGivesTheSkillsModelWithBackPopulatesOnBothSides() {
        List<Artifact> out = generate(Designs.painPointTracking());
        String model = file(out, "api/app/domain/models/pain_point.py");
        assertThat(model).contains("class PainPoint(BaseModel):", "__tablename__ = \"pain_points\"",
                "feedback_id: Mapped[int] = Column(Integer, ForeignKey(\"feedback_analysis.id\", name=\"fk_pain_points_feedback_id_feedback_analysis\", ondelete=\"CASCADE\"), nullable=False)",
                "category: Mapped[str] = Column(String(50), nullable=False)",
                "subcategory: Mapped[Optional[str]] = Column(String(50), nullable=True)",
                "keywords: Mapped[Optional[str]] = Column(String(500), nullable=True)",
                "severity: Mapped[int] = Column(Integer, nullable=False)",
                "feedback: Mapped[\"FeedbackAnalysis\"] = relationship(\"FeedbackAnalysis\", back_populates=\"pain_points\")",
                "CheckConstraint(\"severity BETWEEN 1 AND 10\", name=\"severity_range\")",
                "Index(\"idx_pain_category\", \"category\")", "Index(\"idx_pain_severity\", \"severity\")",
                "Index(\"idx_pain_feedback_category\", \"feedback_id\", \"category\")");
        assertThat(file(out, "api/app/domain/models/feedback_analysis.py")).contains(
                "pain_points: Mapped[List[\"PainPoint\"]] = relationship(\"PainPoint\", back_populates=\"feedback\", cascade=\"all, delete-orphan\", passive_deletes=True)");
        assertThat(file(out, "api/app/domain/models/__init__.py")).contains("from app.domain.models.pain_point import PainPoint");
        String migration = migrations(out).get(0).content();
        assertThat(field(migration, "down_revision")).isEqualTo(BundledProjects.CUSTOMER_FEEDBACK_HEAD);
        assertThat(migration).contains("op.create_table(", "sa.ForeignKeyConstraint([\"feedback_id\"], [\"feedback_analysis.id\"], name=op.f(\"fk_pain_points_feedback_id_feedback_analysis\"), ondelete=\"CASCADE\")",
                "op.create_index(op.f(\"idx_pain_feedback_category\"), \"pain_points\", [\"feedback_id\", \"category\"], unique=False)",
                "op.drop_table(\"pain_points\")");
        String advice = file(out, "docs/schema-advice.md");
        assertThat(advice).contains("WHERE severity >= 7", "(feedback_id, category)", "ck_pain_points_severity_range");
        assertThat(file(out, "docs/erd.mmd")).contains("feedback_analysis ||--o{ pain_points : \"feedback_id\"", "integer feedback_id FK \"NOT NULL\"");
        assertThat(file(out, "api/tests/models/test_pain_point.py")).contains("def test_pain_point_requires_feedback_id", "def test_pain_point_feedback_id_on_delete_cascade",
                "def test_pain_point_ck_pain_points_severity_range_rejects_above_10", "def test_pain_point_indexes_exist");
    }

    @Test
    void customerTimelineCopiesExistingFeedbackInItsRevisionAndAdvisesEagerLoading() {
        List<Artifact> out = generate(BundledDesigns.customerTimeline());
        String migration = migrations(out).get(0).content();
        assertThat(migration).contains("sa.Column(\"event_data\", sa.JSON(), nullable=True)",
                "op.create_index(op.f(\"idx_customer_timeline\"), \"customer_timeline\", [\"customer_id\", \"occurred_at\"], unique=False)",
                "op.execute(sa.text(\"\"\"INSERT INTO customer_timeline", "FROM feedback_analysis\"\"\"))");
        assertThat(file(out, "docs/schema-advice.md")).contains("joinedload(CustomerTimeline.feedback)");
    }

    @Test
    void notNullColumnOnAPopulatedTableBecomesThreeChainedRevisions() {
        List<Artifact> revs = migrations(generate(BundledDesigns.notNullColumnWithBackfill()));
        assertThat(revs).hasSize(3);
        String[] texts = revs.stream().map(Artifact::content).toArray(String[]::new);
        assertThat(field(texts[0], "down_revision")).isEqualTo(BundledProjects.CUSTOMER_FEEDBACK_HEAD);
        assertThat(field(texts[1], "down_revision")).isEqualTo(field(texts[0], "revision"));
        assertThat(field(texts[2], "down_revision")).isEqualTo(field(texts[1], "revision"));
        assertThat(texts[0]).contains("Step 1 of 3", "sa.Column(\"channel\", sa.String(length=20), nullable=True)");
        assertThat(texts[1]).contains("Step 2 of 3", "UPDATE feedback_analysis SET channel = 'web'");
        assertThat(texts[2]).contains("Step 3 of 3", "nullable=False");
        assertThat(migrations(generate(BundledDesigns.notNullColumnWithPlaceholder())).get(1).content())
                .contains("while True:", "LIMIT \" + str(BATCH_SIZE)", "BATCH_SIZE = 1000");
    }

    @Test
    void indexOnAnExistingPostgresTableIsBuiltConcurrentlyOutsideTheTransaction() {
        String migration = migrations(generate(BundledDesigns.concurrentIndex())).get(0).content();
        assertThat(migration).contains("with op.get_context().autocommit_block():\n        op.create_index(op.f(\"idx_high_churn\"), \"feedback_analysis\", [\"churn_risk\"], unique=False, "
                + "postgresql_where=sa.text(\"churn_risk > 70\"), sqlite_where=sa.text(\"churn_risk > 70\"), postgresql_concurrently=True)");
        assertThat(migration).contains("op.drop_index(op.f(\"idx_high_churn\"), table_name=\"feedback_analysis\", postgresql_concurrently=True)");
    }

    @Test
    void checkOnAPopulatedTableIsAddedNotValidThenValidated() {
        List<Artifact> revs = migrations(generate(BundledDesigns.checkOnPopulatedTable()));
        assertThat(revs).hasSize(2);
        assertThat(revs.get(0).content()).contains("postgresql_not_valid=True");
        assertThat(revs.get(1).content()).contains("if op.get_bind().dialect.name == \"postgresql\":", "VALIDATE CONSTRAINT ck_feedback_analysis_user_score_range");
    }

    @Test
    void downgradeDropsTheEnumTypeTheUpgradeCreated() {
        String migration = migrations(generate(BundledDesigns.enumStatusColumn())).get(0).content();
        assertThat(migration).contains("sa.Enum(\"new\", \"reviewed\", \"resolved\", name=\"feedback_status\").create(op.get_bind(), checkfirst=True)",
                "postgresql.ENUM(\"new\", \"reviewed\", \"resolved\", name=\"feedback_status\", create_type=False)",
                "sa.Enum(name=\"feedback_status\").drop(op.get_bind(), checkfirst=True)");
        assertThat(migration.indexOf("drop_column(\"status\")")).isLessThan(migration.indexOf("sa.Enum(name=\"feedback_status\").drop"));
    }

    @Test
    void renameOnAPopulatedTableIsExpandBackfillContract() {
        List<Artifact> revs = migrations(generate(BundledDesigns.renameColumn()));
        assertThat(revs).hasSize(3);
        assertThat(revs.get(0).content()).contains("dual write");
        assertThat(revs.get(1).content()).contains("SET comment_body = comment_text");
        assertThat(revs.get(2).content()).contains("drop_column(\"comment_text\")", "SET comment_text = comment_body");
    }

    @Test
    void aNewProjectGetsAWorkingAlembicEnvironment() {
        List<Artifact> out = generate(NewProjectDesigns.blog());
        assertThat(file(out, "api/alembic.ini")).contains("script_location = alembic", "prepend_sys_path = .");
        assertThat(file(out, "api/alembic/env.py")).contains("os.environ.get(\"DATABASE_URL\", \"sqlite:///./dev.db\")", "from app.domain.models import Base");
        assertThat(file(out, "api/alembic/script.py.mako")).contains("${upgrades if upgrades else \"pass\"}");
        assertThat(field(migrations(out).get(0).content(), "down_revision")).isEqualTo("None");
        assertThat(file(out, "api/app/__init__.py")).isEmpty();
    }
}
