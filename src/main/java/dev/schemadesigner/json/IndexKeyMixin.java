package dev.schemadesigner.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.schemadesigner.schema.IndexKey;

/** Index keys as {@code {"column": "severity"}} or {@code {"sql": "lower(email)"}}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
        @JsonSubTypes.Type(value = IndexKey.ColumnKey.class),
        @JsonSubTypes.Type(value = IndexKey.ExpressionKey.class),
})
abstract class IndexKeyMixin {
}
