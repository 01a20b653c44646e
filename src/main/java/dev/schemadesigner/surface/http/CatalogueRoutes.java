package dev.schemadesigner.surface.http;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ReviewRequest;
import io.javalin.Javalin;

import java.util.LinkedHashMap;
import java.util.Map;

/** Intent detection, review of pasted sources, and the rule catalogue. */
final class CatalogueRoutes {
    private final Conversation conversation;

    CatalogueRoutes(Conversation conversation) { this.conversation = conversation; }

    void register(Javalin app) {
        app.post("/api/v1/intent", ctx -> ctx.json(conversation.intent(Bodies.requiredText(Bodies.object(ctx), "text"))));
        app.post("/api/v1/review", ctx -> ctx.json(conversation.review(Bodies.as(Bodies.object(ctx), ReviewRequest.class, "body"))));
        app.get("/api/v1/rules", ctx -> ctx.json(Map.of("rules", conversation.rules())));
        app.get("/api/v1/rules/{id}", ctx -> {
            var rule = conversation.rule(ctx.pathParam("id")).orElseThrow(() -> new ApiException.NotFound("rule", ctx.pathParam("id")));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", rule.id());
            body.put("area", rule.area());
            body.put("severity", rule.severity());
            body.put("summary", rule.summary());
            body.put("auto_fix", rule.autoFix());
            body.put("docs", rule.docs());
            ctx.json(body);
        });
    }
}
