package dev.schemadesigner.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.schema.ModelExpressions;
import dev.schemadesigner.schema.Table;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Every table and operation read from JSON (a client's schema or fix, a model's plan, a stored
 * session) has its SQL expressions checked as it is read: a refused one fails the read with an
 * {@link dev.schemadesigner.schema.ExpressionRefusedException} as the cause, under the JSON path
 * where it was found. Nothing refused gets into a schema from JSON.
 */
final class RefusedExpressions extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == Table.class) return new Checked<>(deserializer, (Table t) -> ModelExpressions.require(t));
        if (type == AddColumn.class) {
            return new Checked<>(deserializer, (AddColumn op) -> ModelExpressions.requireDefault(op.table(), op.column().name(), op.column().defaultValue()));
        }
        if (type == AlterColumn.class) {
            return new Checked<>(deserializer, (AlterColumn op) -> ModelExpressions.requireDefault(op.table(), op.column(), op.defaultValue()));
        }
        if (type == AddCheck.class) return new Checked<>(deserializer, (AddCheck op) -> ModelExpressions.requireCheck(op.table(), op.check()));
        if (type == CreateIndex.class) return new Checked<>(deserializer, (CreateIndex op) -> ModelExpressions.requireIndex(op.table(), op.index()));
        return deserializer;
    }

    /** The bean's own deserializer, then the check on what it read. */
    private static final class Checked<T> extends DelegatingDeserializer {
        private final Consumer<T> check;

        Checked(JsonDeserializer<?> delegate, Consumer<T> check) {
            super(delegate);
            this.check = check;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) { return new Checked<>(newDelegatee, check); }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value != null) check.accept((T) value);
            return value;
        }
    }
}
