package dev.schemadesigner.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * The ORM side of a foreign key (SQLAlchemy {@code relationship()}): not stored in the database,
 * so introspection never returns it and diffs against a live database ignore it.
 */
public record Relationship(String name, String target, boolean many, Optional<String> backPopulates,
                           Optional<String> cascade, Optional<String> lazy) {
    public Relationship {
        Names.require(name, "relationship name");
        Names.require(target, "relationship " + name + " target table");
        Objects.requireNonNull(backPopulates, "backPopulates");
        Objects.requireNonNull(cascade, "cascade");
        Objects.requireNonNull(lazy, "lazy");
    }
}
