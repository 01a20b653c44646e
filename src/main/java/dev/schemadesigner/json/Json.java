package dev.schemadesigner.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;

import java.io.IOException;

/**
 * The one JSON mapping of the model, used by the API, the store and the model planner:
 * snake_case fields, types as their words ({@code "numeric(12,2)"}), operations tagged by
 * {@code "op": "add_column"}, absent optionals left out.
 */
public final class Json {
    private Json() {}

    private static final ObjectMapper MAPPER = create();

    public static ObjectMapper mapper() { return MAPPER; }

    public static ObjectMapper create() {
        SimpleModule model = new SimpleModule("schema-designer-model");
        model.addSerializer(LogicalType.class, new JsonSerializer<>() {
            @Override
            public void serialize(LogicalType value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.describe());
            }
        });
        model.addDeserializer(LogicalType.class, new JsonDeserializer<>() {
            @Override
            public LogicalType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return LogicalType.parse(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(p.getValueAsString(), LogicalType.class, e.getMessage());
                }
            }
        });
        model.setMixInAnnotation(Op.class, OpMixin.class);
        model.setMixInAnnotation(DefaultValue.class, DefaultValueMixin.class);
        model.setMixInAnnotation(IndexKey.class, IndexKeyMixin.class);
        model.setDeserializerModifier(new RefusedExpressions());
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .registerModule(model)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    public static JsonNode tree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }
}
