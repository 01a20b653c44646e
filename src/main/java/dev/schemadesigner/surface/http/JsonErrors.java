package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's messages in the words of the JSON the client sent: where ({@code fix.changes[0].column})
 * and what was expected ({@code must be a string}), never a Java class name (audit 1.7).
 */
final class JsonErrors {
    private JsonErrors() {}

    private static final Pattern QUOTED_TYPE = Pattern.compile("`([^`]+)`");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)(?:<[^>\\s]*>+)?");
    private static final Pattern COERCION_HINT = Pattern.compile("\\s*\\(but could if coercion was enabled using `CoercionConfig`\\)");

    /** The JSON path of the failure below {@code field} ({@code "body"} means the whole body). */
    static String field(String field, JsonMappingException e) {
        String path = path(e);
        if (path.isEmpty()) return field;
        if (field.equals("body")) return path;
        return path.startsWith("[") ? field + path : field + "." + path;
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Why the value at the path was refused. */
    static String reason(MismatchedInputException e) {
        if (e instanceof InvalidTypeIdException) return readable(e.getOriginalMessage());
        JavaType target = e.getTargetType() == null ? null : com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().constructType(e.getTargetType());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (target != null && (message.startsWith("Cannot coerce") || message.startsWith("Cannot deserialize value of type"))) {
            return "must be " + article(jsonKind(target));
        }
        return readable(message);
    }

    /** A message with every Java type replaced by the kind of JSON value it reads. */
    static String readable(String message) {
        if (message == null) return "";
        String text = COERCION_HINT.matcher(message).replaceAll("");
        Matcher quoted = QUOTED_TYPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String inside = quoted.group(1);
            String replacement = QUALIFIED_NAME.matcher(inside).find() || inside.startsWith("java.") ? jsonKind(inside) : inside;
            quoted.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        quoted.appendTail(out);
        return QUALIFIED_NAME.matcher(out).replaceAll(m -> Matcher.quoteReplacement(jsonKind(m.group())));
    }

    private static String jsonKind(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isArrayType() || Collection.class.isAssignableFrom(raw)) return "array";
        if (Map.class.isAssignableFrom(raw)) return "object";
        return jsonKind(raw.getName());
    }

    private static String jsonKind(String javaType) {
        String type = javaType.replaceAll("<.*", "");
        if (type.endsWith("List") || type.endsWith("Set") || type.endsWith("Collection") || type.endsWith("[]")) return "array";
        if (type.equals("java.lang.String") || type.equals("char") || type.equals("java.lang.Character")) return "string";
        if (type.equals("boolean") || type.equals("java.lang.Boolean")) return "boolean";
        if (type.matches("int|long|short|double|float|java\\.lang\\.(Integer|Long|Short|Double|Float|Number)|java\\.math\\.Big\\w+")) return "number";
        return isEnum(type) ? "string" : "object";
    }

    private static boolean isEnum(String type) {
        try {
            return Class.forName(type, false, JsonErrors.class.getClassLoader()).isEnum();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String article(String kind) {
        return (kind.equals("array") || kind.equals("object") ? "an " : "a ") + kind;
    }
}
