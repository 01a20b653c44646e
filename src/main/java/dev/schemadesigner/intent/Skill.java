package dev.schemadesigner.intent;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A skill loaded from a markdown file in {@code skills/}: front matter plus the markdown body.
 *
 * @param name         stable id (file front matter {@code name})
 * @param title        display name
 * @param description  one paragraph: what the skill does
 * @param triggers     phrases that activate the skill; matched by meaning, not verbatim
 * @param intents      the intent kinds the skill serves
 * @param capabilities what it can produce or check
 * @param checklist    the validation checklist applied before a design is final
 * @param project      the bundled project context, as plain maps, lists and strings
 * @param body         the markdown after the front matter
 * @param source       where it was read from (file path or classpath resource)
 */
public record Skill(String name, String title, String description, List<String> triggers,
                    List<IntentKind> intents, List<Capability> capabilities, List<String> checklist,
                    Map<String, Object> project, String body, String source) {

    public record Capability(String id, String summary) {
        public Capability {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(summary, "summary");
        }
    }

    public Skill {
        Objects.requireNonNull(name, "name");
        title = title == null ? name : title;
        description = description == null ? "" : description;
        triggers = List.copyOf(triggers);
        intents = List.copyOf(intents);
        capabilities = List.copyOf(capabilities);
        checklist = List.copyOf(checklist);
        project = project == null ? Map.of() : project;
        body = body == null ? "" : body;
        Objects.requireNonNull(source, "source");
    }
}
