package dev.schemadesigner.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.schemadesigner.importer.ImportException;
import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.importer.JpaImporter;
import dev.schemadesigner.importer.SqlAlchemyImporter;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.schema.ExpressionRefusedException;
import dev.schemadesigner.schema.ModelExpressions;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Something a user pastes: a schema or migration as text in a format ({@code sql}, {@code json},
 * …). {@link #read} turns a schema source into the model with the importer for its format. For a
 * review only, format {@code database} names a live database: its content is a JDBC URL the
 * operator allowed in {@code SD_REVIEW_DATABASE_URLS}.
 */
public record Source(String format, String content, Optional<String> name) {

    public static final List<String> SCHEMA_FORMATS = List.of("sql", "sqlalchemy", "jpa", "json");

    public Source {
        if (format == null || format.isBlank()) throw new IllegalArgumentException("format is required: one of sql, sqlalchemy, jpa, json (schemas) or alembic, sql (migrations)");
        if (content == null) throw new IllegalArgumentException("content is required: the text of the schema or migration");
        name = name == null ? Optional.empty() : name;
    }

    /** The schema and the importer's warnings; bad input becomes a {@link ConversationException} naming the problem. */
    public ImportResult read(String dialect) {
        String key = format.trim().toLowerCase(Locale.ROOT);
        try {
            if (key.equals("sql")) return screened(new SqlDdlImporter().importSql(content, dialect));
            if (key.equals("sqlalchemy")) return screened(new SqlAlchemyImporter().importModels(content));
            if (key.equals("jpa")) return screened(new JpaImporter().importEntities(content));
            if (key.equals("json")) return new ImportResult(Json.read(content, Schema.class), List.of());
        } catch (ImportException e) {
            throw ConversationException.badInput("content", e.getMessage());
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ExpressionRefusedException refused) throw refused.at("content");
            throw ConversationException.badInput("content", "the schema is not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ConversationException.badInput("content", e.getMessage());
        }
        if (key.equals("database")) throw ConversationException.badInput("format", "a live database can only be reviewed (POST /api/v1/review), not read as a schema here");
        throw ConversationException.badInput("format", "format '" + format + "' cannot be read as a schema here; use one of " + SCHEMA_FORMATS);
    }

    /** An imported expression that is refused never reaches a project: what carries it is left out, with a warning. */
    private static ImportResult screened(ImportResult imported) {
        ModelExpressions.Screened screened = ModelExpressions.screen(imported.schema());
        if (screened.leftOut().isEmpty()) return imported;
        List<ImportWarning> warnings = new java.util.ArrayList<>(imported.warnings());
        screened.leftOut().forEach(note -> warnings.add(new ImportWarning(1, "", note)));
        return new ImportResult(screened.schema(), warnings, imported.unchecked());
    }
}
