package dev.schemadesigner.surface.http;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.List;

/**
 * A request the API refuses, mapped in one place ({@link Problems}) to an RFC 9457 problem
 * document. Handlers throw the subclasses; they never build error responses themselves.
 */
public class ApiException extends UserFacingException {

    /** One field's problem, for {@code errors[]}. */
    public record FieldError(String field, String reason) {}

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, ErrorCode code, String title, String detail, List<FieldError> errors) {
        super(code, detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() { return status; }

    public String title() { return title; }

    public List<FieldError> errors() { return errors; }

    public static final class BadRequest extends ApiException {
        public BadRequest(String field, String reason) {
            super(400, ErrorCode.BAD_REQUEST, "Bad Request", field + ": " + reason, List.of(new FieldError(field, reason)));
        }

        public BadRequest(String detail) { super(400, ErrorCode.BAD_REQUEST, "Bad Request", detail, List.of()); }
    }

    public static final class NotFound extends ApiException {
        public NotFound(String what, String id) { super(404, ErrorCode.NOT_FOUND, "Not Found", what + " '" + id + "' does not exist", List.of()); }
    }

    public static final class Unauthorized extends ApiException {
        public Unauthorized(String detail) { super(401, ErrorCode.UNAUTHORIZED, "Unauthorized", detail, List.of()); }
    }

    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(long limit) {
            super(413, ErrorCode.PAYLOAD_TOO_LARGE, "Payload Too Large", "messages up to " + inWords(limit) + " are accepted and this one is larger: shorten it"
                    + " (the limit is " + limit + " bytes, set by SD_MAX_BODY_BYTES)", List.of());
        }

        /** 1048576 → "1 MB", 65536 → "64 KB": the limit as a person says it. */
        static String inWords(long bytes) {
            if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
            if (bytes >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
            if (bytes >= 1024) return bytes / 1024 + " KB";
            return bytes + " bytes";
        }
    }

    public static final class UnsupportedMediaType extends ApiException {
        public UnsupportedMediaType(String detail) { super(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", detail, List.of()); }
    }

    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) { super(403, ErrorCode.FORBIDDEN, "Forbidden", detail, List.of()); }
    }

    public static final class MisdirectedRequest extends ApiException {
        public MisdirectedRequest(String detail) { super(421, ErrorCode.MISDIRECTED_REQUEST, "Misdirected Request", detail, List.of()); }
    }

    public static final class RequestTimeout extends ApiException {
        public RequestTimeout(String detail) { super(408, ErrorCode.REQUEST_TIMEOUT, "Request Timeout", detail, List.of()); }
    }

    /** Too many bodies in flight: from this client address (429) or from everyone (503); either way, retry shortly. */
    public static final class Busy extends ApiException {
        public Busy(int status, String detail) { super(status, status == 429 ? ErrorCode.TOO_MANY_REQUESTS : ErrorCode.SERVICE_UNAVAILABLE, status == 429 ? "Too Many Requests" : "Service Unavailable", detail, List.of()); }
    }
}
