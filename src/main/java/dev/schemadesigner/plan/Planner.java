package dev.schemadesigner.plan;

/** Turns a request and the current schema into a {@link Plan}: data, never code. */
public interface Planner {

    /** Never throws for bad input: a request it cannot turn into changes comes back as a plan with a {@link Question}. */
    Plan plan(PlanRequest request);
}
