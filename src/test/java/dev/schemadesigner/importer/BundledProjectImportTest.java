package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BundledProjectImportTest {

    static String resource(String path) {
        try (InputStream in = BundledProjectImportTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite", "mariadb"})
    void importsTheCustomerFeedbackAnalyzerWithoutWarnings(String dialect) {
        // when
        ImportResult result = new SqlDdlImporter().importSql(
                resource("/projects/ddl/customer-feedback-analyzer." + dialect + ".sql"), dialect);

        // then
        assertThat(result.warnings()).isEmpty();
        Schema schema = result.schema();
        assertThat(schema.tables()).extracting(Table::name).containsExactly("feedback_analysis", "analysis_cache");

        Table feedback = schema.requireTable("feedback_analysis");
        assertThat(feedback.columns()).extracting(Column::name).containsExactly("id", "customer_id", "comment_text",
                "user_score", "sentiment_score", "churn_risk", "created_at", "updated_at");
        assertThat(feedback.primaryKey()).contains(PrimaryKey.of("id"));
        assertThat(feedback.column("id").orElseThrow()).isEqualTo(Column.identity("id", LogicalType.INTEGER));
        assertThat(feedback.column("customer_id").orElseThrow()).isEqualTo(Column.required("customer_id", LogicalType.varchar(100)));
        assertThat(feedback.column("sentiment_score").orElseThrow().type()).isEqualTo(LogicalType.DOUBLE);
        assertThat(feedback.column("churn_risk").orElseThrow().type()).isEqualTo(LogicalType.decimal(5, 2));
        assertThat(feedback.column("created_at").orElseThrow().defaultValue()).contains(DefaultValue.now());
        assertThat(feedback.column("created_at").orElseThrow().nullable()).isFalse();
        assertThat(feedback.column("updated_at").orElseThrow().nullable()).isTrue();
        assertThat(feedback.checks()).extracting(Check::name)
                .containsExactly("valid_score", "ck_feedback_analysis_sentiment_score", "ck_feedback_analysis_churn_risk");
        assertThat(feedback.index("idx_feedback_analysis_customer_id_created_at")).contains(
                Index.on("idx_feedback_analysis_customer_id_created_at", "customer_id", "created_at"));

        Table cache = schema.requireTable("analysis_cache");
        assertThat(cache.column("comment_hash").orElseThrow().type()).isEqualTo(LogicalType.varchar(64));
        assertThat(cache.column("cached_result").orElseThrow().type()).isEqualTo(LogicalType.JSON);
        assertThat(cache.uniques()).containsExactly(Unique.of("uq_analysis_cache_comment_hash", "comment_hash"));
        assertThat(cache.indexes()).containsExactly(Index.on("idx_analysis_cache_expires_at", "expires_at"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void keepsTheComments(String dialect) {
        Schema schema = new SqlDdlImporter().importSql(
                resource("/projects/ddl/customer-feedback-analyzer." + dialect + ".sql"), dialect).schema();

        assertThat(schema.requireTable("feedback_analysis").comment()).contains("One analysed customer comment");
        assertThat(schema.requireTable("feedback_analysis").column("churn_risk").orElseThrow().comment())
                .contains("Churn risk in percent, 0-100");
        assertThat(schema.requireTable("analysis_cache").column("comment_hash").orElseThrow().comment())
                .isEqualTo(Optional.of("SHA-256 of the comment text, hex"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void keepsThePartialHighChurnIndex(String dialect) {
        Schema schema = new SqlDdlImporter().importSql(
                resource("/projects/ddl/customer-feedback-analyzer." + dialect + ".sql"), dialect).schema();

        assertThat(schema.requireTable("feedback_analysis").index("idx_feedback_analysis_high_churn"))
                .contains(Index.on("idx_feedback_analysis_high_churn", "churn_risk").withWhere("churn_risk > 70"));
        assertThat(schema.requireTable("feedback_analysis").column("created_at").orElseThrow().type()).isEqualTo(LogicalType.TIMESTAMPTZ);
        assertThat(List.of(schema.enums())).containsExactly(List.of());
    }
}
