package dev.schemadesigner.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A concrete remedy the user can accept: the schema changes and one line saying what they do.
 * In JSON (API.md) it is {@code {"changes": [Op…], "summary": "…"}}.
 */
@JsonPropertyOrder({"changes", "summary"})
public record Fix(String summary,
                  @JsonSerialize(using = Fix.OpsWriter.class) @JsonDeserialize(using = Fix.OpsReader.class) ChangeSet changes) {
    public Fix {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) throw new IllegalArgumentException("fix '" + summary + "' has no changes");
    }

    public static Fix of(String summary, Op... ops) { return new Fix(summary, ChangeSet.of(ops)); }

    /** Writes a change set as the bare array of its operations. */
    static final class OpsWriter extends JsonSerializer<ChangeSet> {
        @Override
        public void serialize(ChangeSet value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.findTypedValueSerializer(provider.getTypeFactory().constructCollectionType(List.class, Op.class), true, null)
                    .serialize(value.ops(), gen, provider);
        }
    }

    /** Reads the array of operations back into a change set. */
    static final class OpsReader extends JsonDeserializer<ChangeSet> {
        @Override
        public ChangeSet deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<Op> ops = ctxt.readValue(p, ctxt.getTypeFactory().constructType(new TypeReference<List<Op>>() {}));
            return new ChangeSet(ops);
        }
    }
}
