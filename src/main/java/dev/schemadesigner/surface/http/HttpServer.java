package dev.schemadesigner.surface.http;

import dev.schemadesigner.Config;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.surface.mcp.McpRoutes;
import dev.schemadesigner.surface.openai.ChatCompletionsRoutes;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Javalin application: error mapping, limits, authentication and every route, registered here in one place. */
public final class HttpServer {
    private HttpServer() {}

    public static Javalin create(Config config, Conversation conversation, String storeKind) {
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.http.prefer405over404 = true;
            javalin.jetty.defaultHost = config.network().host();
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyProblems()));
            javalin.jsonMapper(Problems.jsonMapper());
            javalin.pvt.javaLangErrorHandler(Problems::javaLangError);
            // the web UI (web/ in the jar) at /, and its libraries from the webjars at /webjars/…
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            javalin.staticFiles.enableWebjars();
        });
        // the OpenAI-compatible API and MCP answer failures in their own protocols' shapes
        Problems.register(app, Map.of("/v1/", ChatCompletionsRoutes::writeError, "/mcp", McpRoutes::writeError));
        BearerAuth auth = new BearerAuth(config.apiToken());
        BrowserRequests browsers = new BrowserRequests(config.network());
        BodyReader bodies = new BodyReader(config.maxBodyBytes(), Duration.ofSeconds(config.limits().bodyReadSeconds()));
        app.before(ctx -> {
            SecurityHeaders.apply(ctx::header);
            browsers.check(ctx);
            auth.check(ctx);
            ClientIds.identify(ctx);
            if (ctx.contentLength() > config.maxBodyBytes()) throw new ApiException.PayloadTooLarge(config.maxBodyBytes());
            ctx.attribute(BodyReader.ATTRIBUTE, bodies);
        });
        app.get("/health", ctx -> ctx.json(health(config, storeKind, auth.authorized(ctx))));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
        new ChatRoutes(conversation).register(app);
        new SessionRoutes(conversation).register(app);
        new ProjectRoutes(conversation).register(app);
        new CatalogueRoutes(conversation).register(app);
        new ChatCompletionsRoutes(conversation).register(app);
        new McpRoutes(conversation).register(app);
        new dev.schemadesigner.surface.slack.SlackRoutes(conversation, config.slack()).register(app);
        return app;
    }

    /** Liveness for anyone; what is configured only for callers with the token, when one is set (audit 4.7, L4). */
    static Map<String, Object> health(Config config, String storeKind, boolean authorized) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        if (!authorized) return body;
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("sqlite", true);
        verify.put("postgresql", config.verifyPostgresUrl().isPresent());
        verify.put("mariadb", config.verifyMariaDbUrl().isPresent());
        body.put("store", storeKind);
        body.put("model_provider", config.modelProvider());
        body.put("verify", verify);
        body.put("jvm", RuntimeSettings.describe());
        return body;
    }
}
