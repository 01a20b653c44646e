package dev.schemadesigner.surface.http;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.chat.ProjectRequest;
import io.javalin.Javalin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Project contexts: create, read, replace. The bundled Customer Feedback Analyzer is {@code customer-feedback-analyzer}. */
final class ProjectRoutes {
    private final Conversation conversation;

    ProjectRoutes(Conversation conversation) { this.conversation = conversation; }

    void register(Javalin app) {
        app.post("/api/v1/projects", ctx -> ctx.status(201).json(view(conversation.saveProject(Optional.empty(),
                Bodies.as(Bodies.object(ctx), ProjectRequest.class, "body")))));
        app.get("/api/v1/projects", ctx -> ctx.json(Map.of("projects", conversation.projects().stream().map(ProjectRoutes::summary).toList())));
        app.get("/api/v1/projects/{id}", ctx -> ctx.json(view(conversation.project(ctx.pathParam("id")))));
        app.put("/api/v1/projects/{id}", ctx -> ctx.json(view(conversation.saveProject(Optional.of(ctx.pathParam("id")),
                Bodies.as(Bodies.object(ctx), ProjectRequest.class, "body")))));
    }

    /** A project without its schema, for lists. */
    static Map<String, Object> summary(ProjectContext p) {
        Map<String, Object> body = view(p);
        body.remove("schema");
        body.put("tables", p.schema().tables().size());
        return body;
    }

    static Map<String, Object> view(ProjectContext p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("name", p.name());
        body.put("dialects", Map.of("production", p.productionDialect(), "development", p.developmentDialect()));
        body.put("orm_style", p.ormStyleName());
        body.put("paths", Map.of("models", p.paths().models(), "migrations", p.paths().migrations(), "tests", p.paths().tests()));
        body.put("bundled", p.bundled());
        body.put("schema", p.schema());
        return body;
    }
}
