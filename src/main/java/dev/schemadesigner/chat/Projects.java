package dev.schemadesigner.chat;

import dev.schemadesigner.error.UserFacingException;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.store.StoredProject;

import java.util.List;
import java.util.Optional;

/** Projects: the bundled Customer Feedback Analyzer, and the ones people create, kept in the store as JSON. */
final class Projects {

    /** The stored form of a project (the store keeps JSON; this is its shape). */
    record Body(String name, String productionDialect, String developmentDialect, String ormStyle, GenerationContext.Paths paths, Schema schema,
                java.util.Map<String, Long> rowCounts) {}

    private final SessionStore store;
    private final ProjectContext bundled = ProjectContext.customerFeedbackAnalyzer();

    Projects(SessionStore store) {
        this.store = store;
        // sessions reference their project in the store, the bundled one included
        if (store.project(ProjectContext.BUNDLED_ID).isEmpty()) {
            store.saveProject(java.util.Optional.of(ProjectContext.BUNDLED_ID), bundled.name(), "{\"bundled\":true}");
        }
    }

    ProjectContext bundled() { return bundled; }

    List<ProjectContext> all() {
        List<ProjectContext> out = new java.util.ArrayList<>(List.of(bundled));
        store.projects(200).stream().filter(p -> !p.id().equals(ProjectContext.BUNDLED_ID)).forEach(p -> out.add(get(p.id())));
        return out;
    }

    ProjectContext get(String id) {
        if (id.equals(ProjectContext.BUNDLED_ID)) return bundled;
        StoredProject stored = store.project(id).orElseThrow(() -> ConversationException.notFound("project", id));
        try {
            Body body = Json.read(stored.body(), Body.class);
            return new ProjectContext(stored.id(), body.name(), body.productionDialect(), body.developmentDialect(),
                    ProjectContext.ormStyle(body.ormStyle()), body.paths(), body.schema(), false, body.rowCounts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("project " + id + " in the store cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** A project built from a request, not stored (the stateless design endpoint uses it as it is). */
    static ProjectContext fromRequest(ProjectRequest request, String id) {
        if (request.name() == null || request.name().isBlank()) throw ConversationException.badInput("name", "a project needs a name");
        String production = dialect(request.dialects().flatMap(ProjectRequest.DialectPair::production).orElse("postgresql"), "dialects.production");
        String development = dialect(request.dialects().flatMap(ProjectRequest.DialectPair::development).orElse("sqlite"), "dialects.development");
        GenerationContext.OrmStyle style;
        try {
            style = ProjectContext.ormStyle(request.ormStyle().orElse("sqlalchemy2"));
        } catch (UserFacingException e) {
            throw ConversationException.badInput("orm_style", e);
        }
        GenerationContext.Paths defaults = GenerationContext.Paths.DEFAULT;
        GenerationContext.Paths paths = request.paths().map(p -> new GenerationContext.Paths(
                relative(p.models().orElse(defaults.models()), "paths.models"),
                relative(p.migrations().orElse(defaults.migrations()), "paths.migrations"),
                relative(p.tests().orElse(defaults.tests()), "paths.tests"))).orElse(defaults);
        Schema schema = request.schema().map(s -> s.read(production).schema()).orElse(Schema.EMPTY);
        request.rowCounts().forEach((table, rows) -> {
            if (rows == null || rows < 0) throw ConversationException.badInput("row_counts", "row_counts." + table + " must be a count of rows, was " + rows);
        });
        return new ProjectContext(id, request.name().strip(), production, development, style, paths, schema, false, request.rowCounts());
    }

    ProjectContext save(Optional<String> id, ProjectRequest request) {
        if (id.filter(ProjectContext.BUNDLED_ID::equals).isPresent()) {
            throw ConversationException.badInput("id", "the bundled project cannot be changed; create a new project instead");
        }
        id.ifPresent(existing -> get(existing));
        ProjectContext project = fromRequest(request, id.orElse("pending"));
        Body body = new Body(project.name(), project.productionDialect(), project.developmentDialect(), project.ormStyleName(), project.paths(), project.schema(),
                project.rowCounts());
        StoredProject stored = store.saveProject(id, project.name(), Json.write(body));
        return new ProjectContext(stored.id(), project.name(), project.productionDialect(), project.developmentDialect(),
                project.ormStyle(), project.paths(), project.schema(), false, project.rowCounts());
    }

    private static String dialect(String name, String field) {
        try {
            return Dialects.byName(name).name();
        } catch (UserFacingException e) {
            throw ConversationException.badInput(field, e);
        }
    }

    private static String relative(String path, String field) {
        String p = path.strip().replaceAll("/+$", "");
        if (p.isEmpty() || p.startsWith("/") || p.contains("..") || !p.contains("/") && field.equals("paths.migrations")) {
            throw ConversationException.badInput(field, "'" + path + "' must be a relative folder inside the project"
                    + (field.equals("paths.migrations") ? " ending in <alembic folder>/versions" : ""));
        }
        return p;
    }
}
