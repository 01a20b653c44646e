package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.schemadesigner.chat.ConversationException;
import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;
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
    /**
     * A failure as the API reports it. {@code code}: the problem's stable code, null for a fault of the
     * service; {@code incident}: for a fault, the id under which the log holds it.
     */
    public record Problem(int status, ErrorCode code, String title, String detail, List<ApiException.FieldError> errors, String incident) {
        public Problem(int status, ErrorCode code, String title, String detail, List<ApiException.FieldError> errors) {
            this(status, code, title, detail, errors, null);
        }

        /** The problem {@code type} URI: the code's, or {@code about:blank} for a fault of the service. */
        public String type() { return code == null ? "about:blank" : code.typeUri(); }

        /** The code on the wire, {@code internal-error} for a fault of the service. */
        public String codeSlug() { return code == null ? "internal-error" : code.slug(); }
    }

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
            if (p.incident() != null) LOG.error("internal failure {} was on {} {}", p.incident(), ctx.method(), ctx.path());
            Writer surface = surfaceOf(ctx, surfaces);
            if (surface != null) {
                ctx.attribute(SURFACE_WROTE, true);
                surface.write(ctx, p, java.util.Optional.of(e));
            } else write(ctx, p);
        };
        app.exception(Exception.class, toProblem);
        // Javalin answers its own HttpResponseExceptions (405 among them) in text unless a handler names that class
        app.exception(HttpResponseException.class, toProblem::handle);
        app.error(404, ctx -> {
            Writer surface = surfaceOf(ctx, surfaces);
            if (surface != null && ctx.attribute(SURFACE_WROTE) == null) {
                surface.write(ctx, noRoute(ctx), java.util.Optional.empty());
            } else if (surface == null && !CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, noRoute(ctx));
            }
        });
    }

    private static Problem noRoute(Context ctx) {
        return new Problem(404, ErrorCode.NOT_FOUND, "Not Found", "no route for " + ctx.method() + " " + ctx.path(), List.of());
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
                ? new Problem(400, ErrorCode.NESTED_TOO_DEEP, "Bad Request", "the request nests too deeply to be read; flatten its brackets or expressions", List.of())
                : internal(e);
        if (p.status() < 500) LOG.warn("stack overflow while handling a request; a reader lacks a depth limit; innermost frames: {}",
                java.util.Arrays.stream(e.getStackTrace()).limit(12).map(String::valueOf).collect(Collectors.joining(" < ")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type());
        body.put("code", p.codeSlug());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        if (p.incident() != null) body.put("id", p.incident());
        try {
            res.setStatus(p.status());
            res.setContentType(CONTENT_TYPE);
            res.getOutputStream().write(dev.schemadesigner.json.Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | IllegalStateException writeFailed) {
            LOG.debug("could not write the problem for an error", writeFailed);
        }
    }

    /**
     * The one mapping from exceptions to problems, for JSON responses, error events in a stream and the
     * other surfaces. Only the {@link UserFacingException} family (and the framework's own refusals of a
     * request: unreadable JSON, a wrong method) is a client error that shows its message; anything else is
     * a fault of the service: logged here with a fresh id, answered 500 with that id and nothing of the fault.
     */
    public static Problem describe(Exception e) {
        if (e instanceof ExpressionRefusedException r) {
            return new Problem(422, r.errorCode(), "Unprocessable Content", r.getMessage(), List.of(new ApiException.FieldError(r.field().orElse("schema"), r.getMessage())));
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException j && j.getCause() instanceof ExpressionRefusedException r) {
            return new Problem(422, r.errorCode(), "Unprocessable Content", path(j) + ": " + r.getMessage(), List.of(new ApiException.FieldError(path(j), r.getMessage())));
        }
        if (e instanceof UserFacingException u) return describe(u);
        if (e instanceof JsonProcessingException j) return new Problem(400, ErrorCode.MALFORMED_JSON, "Bad Request", describe(j), fieldErrors(j));
        if (e instanceof HttpResponseException h && h.getStatus() == 405) {
            return new Problem(405, ErrorCode.BAD_REQUEST, "Method Not Allowed", "this path answers only to " + h.getDetails().getOrDefault("availableMethods", "other methods"), List.of());
        }
        if (e instanceof HttpResponseException h && h.getStatus() < 500) return new Problem(h.getStatus(), codeOf(h.getStatus()), titleFor(h.getStatus()), h.getMessage(), List.of());
        if (databaseUnreachable(e)) {
            return new Problem(503, ErrorCode.SERVICE_UNAVAILABLE, "Service Unavailable", "a database this request needs (the session store) could not be reached; "
                    + "it may be restarting: the request was not completed, send it again", List.of());
        }
        return internal(e);
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

    private static Problem describe(UserFacingException e) {
        if (e instanceof ApiException a) return new Problem(a.status(), a.errorCode(), a.title(), a.getMessage(), a.errors());
        if (e instanceof ConversationException c) {
            // the conversation's reason decides the status: a bad schema sent with a chat message is a bad field of that request (400)
            int status = switch (c.reason()) {
                case NOT_FOUND -> 404;
                case BAD_INPUT -> 400;
                case CONFLICT, BUSY -> 409;
                case DEADLINE -> 504;
                case SHUTTING_DOWN -> 503;
                case CLIENT_GONE -> 499; // nobody reads this answer; 499 keeps the log free of a failure that was the client's choice
            };
            List<ApiException.FieldError> errors = status == 400 ? List.of(new ApiException.FieldError(c.field(), c.getMessage())) : List.of();
            return new Problem(status, c.errorCode(), titleFor(status), c.getMessage(), errors);
        }
        int status = statusOf(e.errorCode());
        return new Problem(status, e.errorCode(), titleFor(status), e.getMessage(), List.of());
    }

    /** A fault of the service: the log has the exception under a fresh id, the answer only the id. */
    static Problem internal(Throwable e) {
        String id = java.util.UUID.randomUUID().toString().substring(0, 12);
        LOG.error("internal failure {}", id, e);
        return new Problem(500, null, "Internal Server Error",
                "the server failed while handling this request; it has been logged as " + id + " (quote it when reporting the failure)", List.of(), id);
    }

    /** The status of a code thrown outside a request's own vocabulary (an importer's, a dialect's, the model's checks). */
    public static int statusOf(ErrorCode code) {
        return switch (code) {
            case BAD_REQUEST, MALFORMED_JSON -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case REQUEST_TIMEOUT -> 408;
            case CONFLICT, SESSION_BUSY -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case MISDIRECTED_REQUEST -> 421;
            case TOO_MANY_REQUESTS -> 429;
            case CLIENT_GONE -> 499;
            case SERVICE_UNAVAILABLE, SHUTTING_DOWN -> 503;
            case TURN_DEADLINE -> 504;
            case MALFORMED_SQL, MALFORMED_PYTHON, MALFORMED_JAVA, INPUT_TOO_LARGE, NESTED_TOO_DEEP, NOT_SOURCE_TEXT, UNKNOWN_DIALECT,
                    UNSUPPORTED_DATABASE, UNSUPPORTED_FEATURE, INVALID_IDENTIFIER, INVALID_TYPE, INVALID_SCHEMA, EXPRESSION_REFUSED,
                    INVALID_CHANGE, CHANGE_NOT_UNDERSTOOD, INVALID_SETTING -> 422;
        };
    }

    private static ErrorCode codeOf(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 408 -> ErrorCode.REQUEST_TIMEOUT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.BAD_REQUEST;
        };
    }

    /**
     * The problem as RFC 9457 JSON: {@code type} is the code's URI and {@code code} the code itself (an
     * extension member, for clients that match on it); a fault of the service has {@code id}, its id in the log.
     */
    static void write(Context ctx, Problem p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type());
        body.put("code", p.codeSlug());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("instance", ctx.path());
        if (p.incident() != null) body.put("id", p.incident());
        if (!p.errors().isEmpty()) body.put("errors", p.errors().stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
        ctx.status(p.status()).contentType(CONTENT_TYPE).result(dev.schemadesigner.json.Json.write(body));
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
            case 409 -> "Conflict";
            case 415 -> "Unsupported Media Type";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 499 -> "Client Closed Request";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    /** Javalin's JSON mapper is ours, so bodies and replies use the same snake_case mapping. */
    static JavalinJackson jsonMapper() { return new JavalinJackson(dev.schemadesigner.json.Json.mapper(), false); }
}
