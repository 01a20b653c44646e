package dev.schemadesigner.plan;

import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.schema.Schema;

/**
 * The bundled Customer Feedback Analyzer as the planner sees it in a session: the schema and the
 * planning context come from {@link ProjectContext#customerFeedbackAnalyzer()}, the one definition
 * sessions start from, so planner tests and sessions cannot disagree about its columns, indexes or base model.
 */
public final class BundledProject {
    private BundledProject() {}

    public static Schema schema() { return ProjectContext.customerFeedbackAnalyzer().schema(); }

    public static PlanningContext context() { return ProjectContext.customerFeedbackAnalyzer().planningContext(); }
}
