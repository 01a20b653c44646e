package dev.schemadesigner.surface.http;

import dev.schemadesigner.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests Jetty refuses before Javalin sees them ({@code /.%2e/api/…}, malformed headers, a body
 * that never finished) answered as problem+json like every other failure, not as Jetty's HTML page
 * (audit 1.30, 8.3).
 */
final class JettyProblems extends ErrorHandler {

    /** Every method gets the document, not only GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) { return true; }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        baseRequest.setHandled(true);
        SecurityHeaders.apply(response::setHeader);
        response.setContentType(Problems.CONTENT_TYPE);
        byte[] body = document(code, message, request.getRequestURI()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE));
        SecurityHeaders.apply(fields::put);
        return ByteBuffer.wrap(document(status, reason, null).getBytes(StandardCharsets.UTF_8));
    }

    private static String document(int status, String message, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.getMessage(status));
        body.put("status", status);
        body.put("detail", message == null || message.isBlank() || status >= 500 ? detail(status) : "the server refused the request: " + message);
        if (instance != null) body.put("instance", instance);
        return Json.write(body);
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request is not valid HTTP or its path is ambiguous";
            case 408 -> "the request did not arrive in time";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "the server failed while handling this request" : "the server refused the request";
        };
    }
}
