package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Schema;

import java.util.Objects;

/** What the user said, the schema it is said against, and the project's conventions. */
public record PlanRequest(String message, Schema current, PlanningContext context) {
    public PlanRequest {
        message = message == null ? "" : message;
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(context, "context");
    }

    public static PlanRequest of(String message, Schema current) { return new PlanRequest(message, current, PlanningContext.defaults()); }
}
