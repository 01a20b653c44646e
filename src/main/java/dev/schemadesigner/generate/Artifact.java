package dev.schemadesigner.generate;

import java.util.Objects;
import java.util.Set;

/**
 * One generated file: where it goes in the project, its language and what kind of artifact it is.
 * {@code language} is python|sql|java|markdown|mermaid; {@code kind} is model|migration|test|ddl|entity|advice|erd.
 * The Alembic environment (alembic.ini, env.py, script.py.mako) is kind migration, language python:
 * it is the Python project's migration set-up, and the API has no separate language for ini or mako.
 */
public record Artifact(String path, String language, String kind, String content) {

    private static final Set<String> LANGUAGES = Set.of("python", "sql", "java", "markdown", "mermaid");
    private static final Set<String> KINDS = Set.of("model", "migration", "test", "ddl", "entity", "advice", "erd");

    public Artifact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isBlank() || path.startsWith("/") || path.contains("..")) throw new IllegalArgumentException("artifact path must be relative: " + path);
        if (!LANGUAGES.contains(language)) throw new IllegalArgumentException("unknown artifact language " + language);
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown artifact kind " + kind);
    }

    public static Artifact python(String path, String kind, String content) { return new Artifact(path, "python", kind, content); }
}
