package dev.schemadesigner.plan;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the model answers, {@code {"changes": [Op…], "query_patterns": [...], "rationale": "…"}},
 * read with the project's JSON mapping. One leniency: a list or map the model leaves out is read
 * as empty (everything else missing is an error). A model that wraps the object in prose or a
 * code fence is read from its first {@code {} to its last {@code }}.
 */
record ModelAnswer(ChangeSet changes, List<String> queryPatterns, String rationale) {

    private static final ObjectMapper READER = lenient();

    ModelAnswer {
        Objects.requireNonNull(changes, "changes");
        queryPatterns = List.copyOf(queryPatterns);
        Objects.requireNonNull(rationale, "rationale");
    }

    /** Thrown with every problem found, each naming where it is ({@code changes[2]: …}), for the repair prompt. */
    static final class Unreadable extends Exception {
        final List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }
    }

    static ModelAnswer read(String text) throws Unreadable {
        String body = text == null ? "" : text;
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        if (start < 0 || end < start) throw new Unreadable(List.of("the answer is not a JSON object"));
        JsonNode root;
        try {
            root = READER.readTree(body.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw new Unreadable(List.of("the answer is not valid JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        JsonNode changes = root.path("changes");
        List<Op> ops = new ArrayList<>();
        if (!changes.isArray()) problems.add("\"changes\" must be an array of operations");
        for (int i = 0; i < changes.size(); i++) {
            try {
                ops.add(READER.treeToValue(changes.get(i), Op.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add("changes[" + i + "]: " + reason(e));
            }
        }
        List<String> queries = new ArrayList<>();
        JsonNode patterns = root.path("query_patterns");
        if (!patterns.isMissingNode() && !patterns.isNull() && !patterns.isArray()) problems.add("\"query_patterns\" must be an array of strings");
        for (JsonNode q : patterns) {
            if (q.isTextual() && !q.asText().isBlank()) queries.add(q.asText().strip());
            else problems.add("query_patterns: every entry must be a SELECT string");
        }
        if (!problems.isEmpty()) throw new Unreadable(problems);
        return new ModelAnswer(new ChangeSet(ops), queries, root.path("rationale").asText(""));
    }

    private static String reason(Exception e) {
        String message = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) message = cause.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static ObjectMapper lenient() {
        ObjectMapper mapper = Json.create();
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        return mapper;
    }
}
