package dev.schemadesigner.schema;

/** Where an SQL expression of the model goes into DDL; named in every refusal. */
public enum ExpressionKind {
    CHECK("a CHECK expression"),
    DEFAULT("a default expression"),
    INDEX_WHERE("an index WHERE predicate"),
    INDEX_KEY("an index key expression");

    private final String label;

    ExpressionKind(String label) { this.label = label; }

    /** For messages: "subqueries are not allowed in " + label. */
    public String label() { return label; }
}
