package dev.schemadesigner.plan;

import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Optional;

/**
 * What a design request says, read before anything is looked up in the catalogue: the entities the
 * user named in their order, each with the attributes written for it (names are the snake_case of
 * what was written, nothing renamed) and the hints around each attribute. {@code rest} holds the
 * sentences that are not entity clauses (relationships, access paths, changes, terse subjects),
 * lower-cased and with their connecting words in English, for the phrase readers that follow.
 */
record DesignDraft(List<Entity> entities, List<String> rest) {

    DesignDraft {
        entities = List.copyOf(entities);
        rest = List.copyOf(rest);
    }

    boolean isEmpty() { return entities.isEmpty(); }

    /**
     * An entity as written: {@code name} is the table name, {@code words} the phrase it came from (for the catalogue), {@code key}
     * the attributes that form its primary key when the request makes it a join table (empty: the base model's key).
     */
    record Entity(String name, String words, List<Attribute> attributes, List<String> key) {
        Entity {
            attributes = List.copyOf(attributes);
            key = List.copyOf(key);
        }
    }

    /** One attribute the user wrote and what the words around it say about it. */
    record Attribute(String name, Hints hints) {}

    /**
     * Hints read from the words around an attribute. {@code nullable} is empty when nothing was said; {@code values}
     * are enum values verbatim; {@code low}/{@code high} are CHECK bounds ({@code lowExclusive} for "positive");
     * {@code reference} names the table words after "references" / "->".
     */
    record Hints(Optional<LogicalType> type, Optional<Boolean> nullable, boolean unique, boolean indexed, List<String> values,
                 Optional<String> low, boolean lowExclusive, Optional<String> high, Optional<String> defaultValue,
                 Optional<String> reference, boolean cents) {
        Hints { values = List.copyOf(values); }

        static final Hints NONE = new Hints(Optional.empty(), Optional.empty(), false, false, List.of(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), false);

        Hints withValues(List<String> v) { return new Hints(type, nullable, unique, indexed, v, low, lowExclusive, high, defaultValue, reference, cents); }

        Hints withNullable(Optional<Boolean> v) { return new Hints(type, v, unique, indexed, values, low, lowExclusive, high, defaultValue, reference, cents); }

        Hints withUnique(boolean v) { return new Hints(type, nullable, v, indexed, values, low, lowExclusive, high, defaultValue, reference, cents); }

        Hints withIndexed(boolean v) { return new Hints(type, nullable, unique, v, values, low, lowExclusive, high, defaultValue, reference, cents); }

        /** The hints of {@code other} where it says something, these otherwise ("email, unique" adds unique to email). */
        Hints and(Hints other) {
            return new Hints(other.type.or(() -> type), other.nullable.or(() -> nullable), unique || other.unique, indexed || other.indexed,
                    other.values.isEmpty() ? values : other.values, other.low.or(() -> low), other.low.isPresent() ? other.lowExclusive : lowExclusive,
                    other.high.or(() -> high), other.defaultValue.or(() -> defaultValue), other.reference.or(() -> reference), cents || other.cents);
        }
    }
}
