package dev.schemadesigner.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.schemadesigner.schema.DefaultValue;

/** Defaults as {@code {"kind": "text", "value": "open"}}, {@code {"kind": "current_timestamp"}}, … */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DefaultValue.Text.class, name = "text"),
        @JsonSubTypes.Type(value = DefaultValue.Number.class, name = "number"),
        @JsonSubTypes.Type(value = DefaultValue.Bool.class, name = "bool"),
        @JsonSubTypes.Type(value = DefaultValue.CurrentTimestamp.class, name = "current_timestamp"),
        @JsonSubTypes.Type(value = DefaultValue.Expression.class, name = "expression"),
})
abstract class DefaultValueMixin {
}
