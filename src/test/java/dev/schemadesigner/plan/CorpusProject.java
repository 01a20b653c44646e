package dev.schemadesigner.plan;

import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.importer.SqlAlchemyImporter;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project a corpus case is written against, as a session would have it: none (a new project),
 * the bundled Customer Feedback Analyzer, or a project imported from {@code projects/*.sql}
 * (PostgreSQL DDL) or {@code projects/*.py} (SQLAlchemy models) with the importers users use.
 */
public final class CorpusProject {
    private static final Map<String, ProjectContext> IMPORTED = new ConcurrentHashMap<>();

    private CorpusProject() {}

    /** The session's project for the case: bundled, imported (classic SQLAlchemy, PostgreSQL + SQLite) or a new empty one. */
    public static ProjectContext of(DesignRequestCase c) {
        Optional<String> project = c.project();
        if (project.isEmpty()) return imported("new project", Schema.EMPTY);
        if (project.get().equals("bundled")) return ProjectContext.customerFeedbackAnalyzer();
        return IMPORTED.computeIfAbsent(project.get(), CorpusProject::importFile);
    }

    public static PlanRequest request(DesignRequestCase c) {
        ProjectContext p = of(c);
        return new PlanRequest(c.request(), p.schema(), p.planningContext());
    }

    private static ProjectContext importFile(String path) {
        String text = resource(DesignRequestCase.ROOT + path);
        Schema schema;
        if (path.endsWith(".sql")) schema = new SqlDdlImporter().importSql(text, "postgresql").schema();
        else if (path.endsWith(".py")) schema = new SqlAlchemyImporter().importModels(text).schema();
        else throw new IllegalArgumentException("project " + path + ": expected a .sql or .py file");
        String name = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
        return imported(name, schema);
    }

    private static ProjectContext imported(String name, Schema schema) {
        return new ProjectContext("corpus-" + name.replace(' ', '-'), name, "postgresql", "sqlite", GenerationContext.OrmStyle.CLASSIC,
                GenerationContext.Paths.DEFAULT, schema, false);
    }

    private static String resource(String path) {
        try (InputStream in = CorpusProject.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no project file " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
