package dev.schemadesigner.plan.model;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.List;

/**
 * The JSON schema of the planner's answer, {@code {"changes": [Op…], "query_patterns": [...],
 * "rationale": "…"}}, in the project's JSON mapping (ops tagged by {@code op}, types as words):
 * one object schema per operation so a provider with structured outputs can only produce
 * operations we read. Not strict — optional fields may be left out — which keeps the schema
 * within what every OpenAI-compatible server accepts; {@code ModelAnswer} still validates.
 */
public final class AnswerSchema {
    private AnswerSchema() {}

    public static final String NAME = "schema_plan";


    private static final JsonSchemaElement STRING = new JsonStringSchema();
    private static final JsonSchemaElement BOOLEAN = new JsonBooleanSchema();
    private static final JsonSchemaElement STRINGS = array(STRING);
    private static final JsonSchemaElement FK_ACTION = JsonEnumSchema.builder()
            .enumValues("NO_ACTION", "RESTRICT", "CASCADE", "SET_NULL", "SET_DEFAULT").build();

    public static ResponseFormat responseFormat() {
        return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema()).build();
    }

    public static JsonSchema schema() {
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("changes", array(JsonAnyOfSchema.builder().anyOf(operations()).build()))
                .addProperty("query_patterns", STRINGS)
                .addStringProperty("rationale")
                .required("changes", "query_patterns", "rationale")
                .additionalProperties(false)
                .build();
        return JsonSchema.builder().name(NAME).rootElement(root).build();
    }

    private static List<JsonSchemaElement> operations() {
        return List.of(
                op("create_table").addProperty("table", table()).required("op", "table").build(),
                op("drop_table").addProperty("table", STRING).required("op", "table").build(),
                op("rename_table").addProperty("from", STRING).addProperty("to", STRING).required("op", "from", "to").build(),
                op("add_column").addProperty("table", STRING).addProperty("column", column()).required("op", "table", "column").build(),
                op("drop_column").addProperty("table", STRING).addProperty("column", STRING).required("op", "table", "column").build(),
                op("rename_column").addProperty("table", STRING).addProperty("from", STRING).addProperty("to", STRING)
                        .required("op", "table", "from", "to").build(),
                op("alter_column").addProperty("table", STRING).addProperty("column", STRING).addProperty("type", STRING)
                        .addProperty("nullable", BOOLEAN).addProperty("default_value", defaultValue())
                        .required("op", "table", "column", "type", "nullable").build(),
                op("create_index").addProperty("table", STRING).addProperty("index", index()).addProperty("concurrently", BOOLEAN)
                        .required("op", "table", "index").build(),
                op("drop_index").addProperty("table", STRING).addProperty("name", STRING).required("op", "table", "name").build(),
                op("add_foreign_key").addProperty("table", STRING).addProperty("foreign_key", foreignKey()).required("op", "table", "foreign_key").build(),
                op("drop_foreign_key").addProperty("table", STRING).addProperty("name", STRING).required("op", "table", "name").build(),
                op("add_check").addProperty("table", STRING).addProperty("check", named("expression", STRING)).required("op", "table", "check").build(),
                op("add_unique").addProperty("table", STRING).addProperty("unique", named("columns", STRINGS)).required("op", "table", "unique").build(),
                op("drop_constraint").addProperty("table", STRING).addProperty("name", STRING).required("op", "table", "name").build(),
                op("create_enum").addProperty("type", named("values", STRINGS)).required("op", "type").build(),
                op("drop_enum").addProperty("name", STRING).required("op", "name").build(),
                op("data_migration").addProperty("description", STRING).addProperty("upgrade_sql", sqlByDialect())
                        .addProperty("downgrade_sql", sqlByDialect()).required("op", "description", "upgrade_sql").build());
    }

    private static JsonObjectSchema.Builder op(String name) {
        return JsonObjectSchema.builder().addProperty("op", JsonEnumSchema.builder().enumValues(name).build()).additionalProperties(false);
    }

    private static JsonObjectSchema table() {
        return JsonObjectSchema.builder()
                .addProperty("name", STRING)
                .addProperty("columns", array(column()))
                .addProperty("primary_key", JsonObjectSchema.builder().addProperty("columns", STRINGS).required("columns").build())
                .addProperty("foreign_keys", array(foreignKey()))
                .addProperty("indexes", array(index()))
                .addProperty("checks", array(named("expression", STRING)))
                .addProperty("uniques", array(named("columns", STRINGS)))
                .addProperty("relationships", array(JsonObjectSchema.builder().addProperty("name", STRING).addProperty("target", STRING)
                        .addProperty("many", BOOLEAN).addProperty("back_populates", STRING).addProperty("cascade", STRING)
                        .addProperty("lazy", STRING).required("name", "target", "many").build()))
                .addProperty("comment", STRING)
                .required("name", "columns", "primary_key")
                .build();
    }

    private static JsonObjectSchema column() {
        return JsonObjectSchema.builder()
                .addProperty("name", STRING)
                .addStringProperty("type", "a type word: smallint, integer, bigint, numeric(p,s), double, string(n), text, boolean, date, time, timestamp, timestamptz, uuid, json, binary, enum(name)")
                .addProperty("nullable", BOOLEAN)
                .addProperty("identity", BOOLEAN)
                .addProperty("default_value", defaultValue())
                .addProperty("comment", STRING)
                .required("name", "type", "nullable")
                .build();
    }

    private static JsonObjectSchema defaultValue() {
        return JsonObjectSchema.builder()
                .addProperty("kind", JsonEnumSchema.builder().enumValues("text", "number", "bool", "current_timestamp", "expression").build())
                .addStringProperty("value", "for text and number; true or false for bool")
                .addProperty("sql", STRING)
                .required("kind")
                .build();
    }

    private static JsonObjectSchema index() {
        JsonObjectSchema key = JsonObjectSchema.builder().addProperty("column", STRING).addProperty("sql", STRING).build();
        return JsonObjectSchema.builder()
                .addProperty("name", STRING)
                .addProperty("keys", array(key))
                .addProperty("unique", BOOLEAN)
                .addProperty("where", STRING)
                .addProperty("include", STRINGS)
                .addProperty("method", STRING)
                .required("name", "keys")
                .build();
    }

    private static JsonObjectSchema foreignKey() {
        return JsonObjectSchema.builder()
                .addProperty("name", STRING)
                .addProperty("columns", STRINGS)
                .addProperty("referenced_table", STRING)
                .addProperty("referenced_columns", STRINGS)
                .addProperty("on_delete", FK_ACTION)
                .addProperty("on_update", FK_ACTION)
                .required("name", "columns", "referenced_table", "referenced_columns", "on_delete", "on_update")
                .build();
    }

    private static JsonObjectSchema sqlByDialect() {
        return JsonObjectSchema.builder().addProperty("any", STRING).addProperty("postgresql", STRING).addProperty("sqlite", STRING)
                .addProperty("mariadb", STRING).build();
    }

    private static JsonObjectSchema named(String property, JsonSchemaElement element) {
        return JsonObjectSchema.builder().addProperty("name", STRING).addProperty(property, element).required("name", property).build();
    }

    private static JsonArraySchema array(JsonSchemaElement items) { return JsonArraySchema.builder().items(items).build(); }
}
