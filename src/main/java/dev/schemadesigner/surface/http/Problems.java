package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.schemadesigner.chat.ConversationException;
import dev.schemadesigner.schema.ExpressionRefusedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;

/** The one place where failures become {@code application/problem+json} (RFC 9457). */
public final class Problems {
    private Problems() {}

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    static final String CONTENT_TYPE = "application/problem+json";

    /** A failure as the API reports it. */
    public record Problem(int status, String title, String detail, List<ApiException.FieldError> errors) {}

    /** How a surface under a path prefix writes a failure in its own protocol's shape (OpenAI's error JSON, JSON-RPC) instead of problem+json. */
    @FunctionalInterface
    public interface Writer {
        /** {@code cause}: the exception that failed the request; empty for a path no route answers. */
        void write(Context ctx, Problem problem, java.util.Optional<Exception> cause);
    }

    /** {@code surfaces}: a writer per path prefix; other paths get problem+json. */
    static void register(Javalin app, Map<String, Writer> surfaces) {
        io.javalin.http.ExceptionHandler<Exception> toProblem = (e, ctx) -> {
            Problem p = describe(e);
            if (e instanceof ConversationException c) c.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Long.toString(s)));
            if (databaseUnreachable(e)) ctx.header("Retry-After", "1");
            if (e instanceof HttpResponseException h && h.getStatus() == 405) {
                // Javalin names the methods the path does answer to; HTTP says they go in Allow
                ctx.header("Allow", h.getDetails().getOrDefault("availableMethods", ""));
            }
            if (p.status() >= 500 && p.status() != 503 && p.status() != 504) LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            Writer surface = surfaceOf(ctx, surfaces);
            if (surface != null) {
                ctx.attribute(SURFACE_WROTE, true);
                surface.write(ctx, p, java.util.Optional.of(e));
            } else write(ctx, p.status(), p.title(), p.detail(), p.errors());
        };
        app.exception(Exception.class, toProblem);
        // Javalin answers its own HttpResponseExceptions (405 among them) in text unless a handler names that class
        app.exception(HttpResponseException.class, toProblem::handle);
        app.error(404, ctx -> {
            Writer surface = surfaceOf(ctx, surfaces);
            if (surface != null && ctx.attribute(SURFACE_WROTE) == null) {
                surface.write(ctx, new Problem(404, "Not Found", "no route for " + ctx.method() + " " + ctx.path(), List.of()), java.util.Optional.empty());
            } else if (surface == null && !CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, 404, "Not Found", "no route for " + ctx.method() + " " + ctx.path(), List.of());
            }
        });
    }

    /** Set when a surface's writer answered a failure, so that the 404 handler does not write a 404 again. */
    private static final String SURFACE_WROTE = "sd.surface-wrote-error";

    private static Writer surfaceOf(Context ctx, Map<String, Writer> surfaces) {
        for (Map.Entry<String, Writer> s : surfaces.entrySet()) {
            if (ctx.path().equals(s.getKey()) || ctx.path().startsWith(s.getKey().endsWith("/") ? s.getKey() : s.getKey() + "/")) return s.getValue();
        }
        return null;
    }

    /**
     * Javalin hands {@link Error}s here, never to {@link #register}'s exception mapper. A stack
     * overflow is input nested too deeply for some reader: the readers refuse such input themselves
     * (ImportLimits.MAX_NESTING), this is the last guard so that it is never a bare 500.
     */
    static void javaLangError(HttpServletResponse res, Error e) {
        Problem p = e instanceof StackOverflowError
                ? new Problem(400, "Bad Request", "the request nests too deeply to be read; flatten its brackets or expressions", List.of())
                : new Problem(500, "Internal Server Error", "the server failed while handling this request; it has been logged", List.of());
        if (p.status() >= 500) LOG.error("fatal error while handling a request", e);
        else LOG.warn("stack overflow while handling a request; a reader lacks a depth limit; innermost frames: {}",
                java.util.Arrays.stream(e.getStackTrace()).limit(12).map(String::valueOf).collect(Collectors.joining(" < ")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        try {
            res.setStatus(p.status());
            res.setContentType(CONTENT_TYPE);
            res.getOutputStream().write(dev.schemadesigner.json.Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | IllegalStateException writeFailed) {
            LOG.debug("could not write the problem for an error", writeFailed);
        }
    }

    /** The one mapping from exceptions to problems, for JSON responses and for error events in a stream. */
    public static Problem describe(Exception e) {
        if (e instanceof ApiException a) return new Problem(a.status(), a.title(), a.getMessage(), a.errors());
        if (e instanceof ConversationException c && (c.reason() == ConversationException.Reason.CONFLICT || c.reason() == ConversationException.Reason.BUSY)) {
            return new Problem(409, "Conflict", c.getMessage(), List.of());
        }
        if (e instanceof ConversationException c && c.reason() == ConversationException.Reason.DEADLINE) {
            return new Problem(504, "Gateway Timeout", c.getMessage(), List.of());
        }
        if (e instanceof ConversationException c && c.reason() == ConversationException.Reason.SHUTTING_DOWN) {
            return new Problem(503, "Service Unavailable", c.getMessage(), List.of());
        }
        // nobody reads this answer; 499 keeps the log free of a failure that was the client's choice
        if (e instanceof ConversationException c && c.reason() == ConversationException.Reason.CLIENT_GONE) {
            return new Problem(499, "Client Closed Request", c.getMessage(), List.of());
        }
        if (e instanceof ConversationException c) {
            boolean notFound = c.reason() == ConversationException.Reason.NOT_FOUND;
            return new Problem(notFound ? 404 : 400, notFound ? "Not Found" : "Bad Request", c.getMessage(),
                    notFound ? List.of() : List.of(new ApiException.FieldError(c.field(), c.getMessage())));
        }
        if (e instanceof ExpressionRefusedException r) return new Problem(422, "Unprocessable Content", r.getMessage(), List.of(new ApiException.FieldError(r.field().orElse("schema"), r.getMessage())));
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException j && j.getCause() instanceof ExpressionRefusedException r) return new Problem(422, "Unprocessable Content", path(j) + ": " + r.getMessage(), List.of(new ApiException.FieldError(path(j), r.getMessage())));
        if (e instanceof JsonProcessingException j) return new Problem(400, "Bad Request", describe(j), fieldErrors(j));
        if (e instanceof HttpResponseException h && h.getStatus() == 405) {
            return new Problem(405, "Method Not Allowed", "this path answers only to " + h.getDetails().getOrDefault("availableMethods", "other methods"), List.of());
        }
        if (e instanceof HttpResponseException h) return new Problem(h.getStatus(), titleFor(h.getStatus()), h.getMessage(), List.of());
        if (e instanceof IllegalArgumentException) return new Problem(422, "Unprocessable Content", e.getMessage(), List.of());
        if (databaseUnreachable(e)) {
            return new Problem(503, "Service Unavailable", "a database this request needs (the session store) could not be reached; "
                    + "it may be restarting: the request was not completed, send it again", List.of());
        }
        return new Problem(500, "Internal Server Error", "the server failed while handling this request; it has been logged", List.of());
    }

    /**
     * A database connection that broke or could not be had, somewhere in the causes: SQL state class 08, 57P01–57P03
     * (the server ended or refused it), or the pool's wait for a connection running out. The store already tried
     * again on fresh connections; what is left is the store being away for longer, which a client may retry.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) return true;
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) return true;
        }
        return false;
    }

    static void write(Context ctx, int status, String title, String detail, List<ApiException.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        if (!errors.isEmpty()) body.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
        ctx.status(status).contentType(CONTENT_TYPE).result(dev.schemadesigner.json.Json.write(body));
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return "invalid value at " + path(v) + ": " + JsonErrors.readable(v.getCause().getMessage());
        }
        if (e instanceof InvalidFormatException f) return "invalid value at " + path(f) + ": " + JsonErrors.readable(f.getOriginalMessage());
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) return "wrong type at " + path(m) + ": " + JsonErrors.reason(m);
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "the request body is not valid JSON" + where + ": " + JsonErrors.readable(e.getOriginalMessage());
    }

    private static List<ApiException.FieldError> fieldErrors(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) return List.of(new ApiException.FieldError(path(m), JsonErrors.reason(m)));
        return List.of();
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) { return JsonErrors.path(e); }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    /** Javalin's JSON mapper is ours, so bodies and replies use the same snake_case mapping. */
    static JavalinJackson jsonMapper() { return new JavalinJackson(dev.schemadesigner.json.Json.mapper(), false); }
}
