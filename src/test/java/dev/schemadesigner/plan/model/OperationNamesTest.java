package dev.schemadesigner.plan.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.schemadesigner.change.Op;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation names are written twice — the API's JSON ({@code json/OpMixin}) and the schema the
 * model must answer in ({@link AnswerSchema}) — so this keeps them one list: a new operation named in
 * one and not the other fails here, not in a model's answer at run time.
 */
class OperationNamesTest {

    @Test
    void theModelsAnswerSchemaNamesExactlyTheOperationsTheApiReads() throws Exception {
        assertThat(answerSchemaNames()).containsExactlyInAnyOrderElementsOf(jsonNames());
    }

    @Test
    void everyKindOfOperationHasAJsonName() throws Exception {
        List<Class<?>> named = Arrays.stream(mixin().value()).<Class<?>>map(JsonSubTypes.Type::value).toList();
        assertThat(named).containsExactlyInAnyOrder(Op.class.getPermittedSubclasses());
    }

    private static List<String> jsonNames() throws ClassNotFoundException {
        return Arrays.stream(mixin().value()).map(JsonSubTypes.Type::name).toList();
    }

    private static JsonSubTypes mixin() throws ClassNotFoundException {
        return Class.forName("dev.schemadesigner.json.OpMixin").getAnnotation(JsonSubTypes.class);
    }

    private static List<String> answerSchemaNames() {
        JsonObjectSchema root = (JsonObjectSchema) AnswerSchema.schema().rootElement();
        JsonAnyOfSchema operations = (JsonAnyOfSchema) ((JsonArraySchema) root.properties().get("changes")).items();
        return operations.anyOf().stream()
                .map(op -> ((JsonEnumSchema) ((JsonObjectSchema) op).properties().get("op")).enumValues().get(0))
                .toList();
    }
}
