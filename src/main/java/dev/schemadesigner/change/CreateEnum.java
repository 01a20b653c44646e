package dev.schemadesigner.change;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;

public record CreateEnum(EnumType type) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.createEnum(this); }

    public CreateEnum { Objects.requireNonNull(type, "type"); }

    public Schema apply(Schema before) {
        if (before.enumType(type.name()).isPresent()) throw new InvalidChange("enum type " + type.name() + " already exists");
        return before.withEnum(type);
    }

    public Op inverse(Schema before) { return new DropEnum(type.name()); }

    public String describe() { return "create enum " + type.name() + " " + type.values(); }
}
