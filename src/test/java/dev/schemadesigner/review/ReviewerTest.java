package dev.schemadesigner.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerTest {
    private static final String SQL = """
            CREATE TABLE feedback_analysis (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                comment_text text NOT NULL
            );
            CREATE TABLE customer_timeline (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                feedback_id integer REFERENCES feedback_analysis (id), -- schema-designer: ignore fk-nullable
                other_feedback_id integer REFERENCES feedback_analysis (id),
                event_type varchar(50)
            );
            """;

    @Test
    void sortsBySeverityThenRuleThenObject() {
        List<Finding> findings = new Reviewer().review(ReviewFixtures.input(SQL));
        assertThat(findings).isSortedAccordingTo(Finding.ORDER);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(findings.size() - 1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void givesTheSameFindingsEveryTime() {
        assertThat(new Reviewer().review(ReviewFixtures.input(SQL))).isEqualTo(new Reviewer().review(ReviewFixtures.input(SQL)));
    }

    @Test
    void inlineCommentSilencesOneRuleForOneColumnOnly() {
        List<String> objects = objectsOf("fk-nullable", ReviewFixtures.input(SQL));
        assertThat(objects).containsExactly("customer_timeline.other_feedback_id");
    }

    @Test
    void ignoreListSilencesARuleEverywhere() {
        ReviewInput input = ReviewFixtures.input(SQL).withIgnore(Set.of("fk-nullable", "missing-timestamps"));
        List<Finding> findings = new Reviewer().review(input);
        assertThat(findings).extracting(Finding::rule).doesNotContain("fk-nullable", "missing-timestamps").contains("fk-missing-index");
    }

    @Test
    void tableLevelSuppressionCoversItsColumns() {
        ReviewInput input = ReviewFixtures.input(SQL).withSuppressions(Suppressions.fromSql(
                "CREATE TABLE customer_timeline ( -- schema-designer: ignore fk-nullable, fk-missing-index\n);"));
        assertThat(objectsOf("fk-nullable", input)).isEmpty();
        assertThat(objectsOf("fk-missing-index", input)).isEmpty();
        assertThat(objectsOf("missing-timestamps", input)).containsExactly("customer_timeline", "feedback_analysis");
    }

    @Test
    void leavesForeignKeyIndexesToMariaDb() {
        assertThat(objectsOf("fk-missing-index", ReviewFixtures.input(SQL))).isNotEmpty();
        assertThat(objectsOf("fk-missing-index", ReviewFixtures.input(SQL).withDialect("mariadb"))).isEmpty();
    }

    @Test
    void flagsASerialSequenceDefaultBuiltWithoutTheImporter() {
        var table = dev.schemadesigner.schema.Table.of("orders", List.of(
                dev.schemadesigner.schema.Column.required("id", dev.schemadesigner.schema.LogicalType.INTEGER)
                        .withDefault(dev.schemadesigner.schema.DefaultValue.expression("nextval('orders_id_seq'::regclass)"))),
                dev.schemadesigner.schema.PrimaryKey.of("id"));
        ReviewInput input = ReviewInput.of(dev.schemadesigner.schema.Schema.of(table));
        assertThat(new Reviewer().review(input)).extracting(Finding::line)
                .contains("info type-choice orders.id: id takes its values from a serial sequence; use GENERATED ALWAYS AS IDENTITY");
    }

    @Test
    void everyRuleCanRunOnAnEmptySchema() {
        assertThat(new Reviewer().review(ReviewInput.of(dev.schemadesigner.schema.Schema.EMPTY))).isEmpty();
    }

    private static List<String> objectsOf(String rule, ReviewInput input) {
        return new Reviewer().review(input).stream().filter(f -> f.rule().equals(rule)).map(Finding::object).toList();
    }
}
