package dev.schemadesigner.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    static Schema sample() {
        Table parent = Table.of("feedback_analysis", List.of(Column.identity("id", LogicalType.INTEGER),
                Column.required("comment_text", LogicalType.TEXT)), PrimaryKey.of("id"));
        Table child = Table.of("pain_points", List.of(
                        Column.identity("id", LogicalType.INTEGER),
                        Column.required("feedback_id", LogicalType.INTEGER),
                        Column.required("severity", LogicalType.INTEGER),
                        Column.required("status", LogicalType.enumOf("pain_status")).withDefault(DefaultValue.text("open")),
                        Column.optional("price", LogicalType.decimal(12, 2)).withDefault(DefaultValue.number("0.00")),
                        Column.required("created_at", LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now())),
                PrimaryKey.of("id"))
                .withForeignKey(ForeignKey.of("fk_pain_points_feedback_id", "feedback_id", "feedback_analysis", "id", FkAction.CASCADE))
                .withIndex(Index.on("idx_pain_severity", "severity").withWhere("severity >= 7").withInclude(List.of("status")))
                .withIndex(new Index("idx_pain_lower", List.of(IndexKey.expression("lower(status)")), false, Optional.empty(), List.of(), Optional.of("gin")))
                .withCheck(new Check("ck_pain_points_severity", "severity BETWEEN 1 AND 10"))
                .withUnique(Unique.of("uq_pain_points_feedback_id_status", "feedback_id", "status"))
                .withRelationships(List.of(new Relationship("feedback", "feedback_analysis", false, Optional.of("pain_points"),
                        Optional.empty(), Optional.of("selectin"))))
                .withComment(Optional.of("what hurts"));
        return new Schema(List.of(parent, child), List.of(EnumType.of("pain_status", "open", "closed")));
    }

    @Test
    void schemaSurvivesAJsonRoundTrip() throws Exception {
        Schema schema = sample();

        Schema back = Json.read(Json.write(schema), Schema.class);

        assertThat(back).isEqualTo(schema);
    }

    @Test
    void writesTypesAsWordsAndFieldsInSnakeCase() throws Exception {
        JsonNode json = Json.tree(Json.write(sample()));
        JsonNode price = json.at("/tables/1/columns/4");

        assertThat(price.path("type").asText()).isEqualTo("numeric(12,2)");
        assertThat(price.path("default_value").path("kind").asText()).isEqualTo("number");
        assertThat(json.at("/tables/1/foreign_keys/0/on_delete").asText()).isEqualTo("CASCADE");
        assertThat(json.at("/tables/1/foreign_keys/0/referenced_table").asText()).isEqualTo("feedback_analysis");
        assertThat(json.at("/tables/0/comment").isMissingNode()).isTrue();
        assertThat(json.at("/tables/0/primary_key").has("composite")).as("derived values are not written").isFalse();
    }

    @Test
    void operationsAreTaggedAndReadBack() throws Exception {
        Schema schema = sample();
        List<Op> ops = List.of(
                new CreateEnum(EnumType.of("priority", "low", "high")),
                new AddColumn("pain_points", Column.optional("priority", LogicalType.enumOf("priority"))),
                new CreateIndex("pain_points", Index.on("idx_pain_points_priority", "priority"), true),
                new AlterColumn("pain_points", "severity", LogicalType.SMALLINT, false, Optional.empty()),
                new CreateTable(schema.requireTable("feedback_analysis").withName("archive")),
                DataMigration.portable("backfill", "UPDATE pain_points SET priority = 'low'", null));

        String json = Json.write(new ChangeSet(ops));
        ChangeSet back = Json.read(json, ChangeSet.class);

        assertThat(Json.tree(json).at("/ops/1/op").asText()).isEqualTo("add_column");
        assertThat(back.ops()).isEqualTo(ops);
        assertThat(Json.mapper().readValue("[{\"op\":\"drop_table\",\"table\":\"x\"}]", new TypeReference<List<Op>>() {}))
                .containsExactly(new dev.schemadesigner.change.DropTable("x"));
    }

    @Test
    void rejectsUnknownTypesWithTheReason() {
        String json = "{\"op\":\"add_column\",\"table\":\"t\",\"column\":{\"name\":\"c\",\"type\":\"varchar\",\"nullable\":true,\"identity\":false}}";

        assertThatThrownBy(() -> Json.read(json, Op.class)).hasMessageContaining("needs a length");
    }

    @Test
    void parsesCommonTypeSpellings() {
        assertThat(LogicalType.parse("VARCHAR(50)")).isEqualTo(LogicalType.varchar(50));
        assertThat(LogicalType.parse("decimal(10, 2)")).isEqualTo(LogicalType.decimal(10, 2));
        assertThat(LogicalType.parse("timestamp with time zone")).isEqualTo(LogicalType.TIMESTAMPTZ);
        assertThat(LogicalType.parse("int4")).isEqualTo(LogicalType.INTEGER);
        assertThat(LogicalType.parse("enum(ticket_status)")).isEqualTo(LogicalType.enumOf("ticket_status"));
        for (LogicalType t : List.of(LogicalType.SMALLINT, LogicalType.BIGINT, LogicalType.DOUBLE, LogicalType.TEXT, LogicalType.BOOLEAN,
                LogicalType.DATE, LogicalType.TIME, LogicalType.TIMESTAMP, LogicalType.UUID, LogicalType.JSON, LogicalType.BINARY)) {
            assertThat(LogicalType.parse(t.describe())).isEqualTo(t);
        }
        assertThatThrownBy(() -> LogicalType.parse("geometry")).hasMessageContaining("unknown type 'geometry'");
    }
}
