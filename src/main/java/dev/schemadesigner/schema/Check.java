package dev.schemadesigner.schema;

/** A named CHECK constraint; {@code expression} is SQL without the surrounding {@code CHECK ( )}. */
public record Check(String name, String expression) {
    public Check {
        Names.require(name, "check name");
        Names.requireText(expression, "check " + name + " expression");
    }
}
