package dev.schemadesigner.change;

import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

/** Drop an enum type no column uses any more. */
public record DropEnum(String name) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dropEnum(this); }

    public DropEnum { Checks.name(name, "enum type"); }

    public Schema apply(Schema before) {
        if (before.enumType(name).isEmpty()) throw new InvalidChange("enum type " + name + " does not exist");
        for (var t : before.tables()) {
            for (var c : t.columns()) {
                if (c.type() instanceof LogicalType.EnumRef e && e.enumName().equals(name)) {
                    throw new InvalidChange("cannot drop enum type " + name + ": column " + t.name() + "." + c.name() + " uses it");
                }
            }
        }
        return before.withoutEnum(name);
    }

    public Op inverse(Schema before) {
        return new CreateEnum(before.enumType(name).orElseThrow(() -> new InvalidChange("enum type " + name + " does not exist")));
    }

    public String describe() { return "drop enum " + name; }
}
