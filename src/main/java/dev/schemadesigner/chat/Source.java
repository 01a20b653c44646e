package dev.schemadesigner.chat;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.importer.JpaImporter;
import dev.schemadesigner.importer.SqlAlchemyImporter;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.schema.ExpressionRefusedException;
import dev.schemadesigner.schema.ModelExpressions;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Something a user pastes: a schema or migration as text in a format ({@code sql}, {@code json},
 * …). {@link #read} turns a schema source into the model with the importer for its format. For a
 * review only, format {@code database} names a live database: its content is a JDBC URL the
 * operator allowed in {@code SD_REVIEW_DATABASE_URLS}.
 */
public record Source(String format, String content, Optional<String> name) {

    public static final List<String> SCHEMA_FORMATS = List.of("sql", "sqlalchemy", "jpa", "json");

    public Source {
        if (format == null || format.isBlank()) throw new UserFacingException(ErrorCode.BAD_REQUEST, "format is required: one of sql, sqlalchemy, jpa, json (schemas) or alembic, sql (migrations)");
        if (content == null) throw new UserFacingException(ErrorCode.BAD_REQUEST, "content is required: the text of the schema or migration");
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
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ExpressionRefusedException refused) throw refused.at("content");
            if (e.getCause() instanceof UserFacingException problem) throw ConversationException.badInput("content", problem);
            throw ConversationException.badInput("content", "the schema is not valid JSON: " + e.getOriginalMessage());
        } catch (ExpressionRefusedException e) {
            throw e;
        } catch (UserFacingException e) {
            throw ConversationException.badInput("content", e);
        }
        if (key.equals("database")) throw ConversationException.badInput("format", "a live database can only be reviewed (POST /api/v1/review), not read as a schema here");
        throw ConversationException.badInput("format", "format '" + format + "' cannot be read as a schema here; use one of " + SCHEMA_FORMATS);
    }

    /** Rules that may rest on an index; an index the screen leaves out makes them unchecked for the columns it reads. */
    private static final Set<String> INDEX_RULES = Set.of("json-query-index", "missing-filter-index", "partial-index-suggestion",
            "covering-index-suggestion", "composite-index-suggestion");

    /**
     * An imported expression that is refused never reaches a project: what carries it is left out, with a warning. An
     * index left out is still in the database, so no finding may rest on its absence: the index rules are left unchecked
     * for the columns it reads (a {@code ->>} expression index on {@code attributes} still serves key reads of it).
     */
    private static ImportResult screened(ImportResult imported) {
        ModelExpressions.Screened screened = ModelExpressions.screen(imported.schema());
        if (screened.leftOut().isEmpty()) return imported;
        List<ImportWarning> warnings = new java.util.ArrayList<>(imported.warnings());
        screened.leftOut().forEach(note -> warnings.add(new ImportWarning(1, "", note)));
        Map<String, Set<String>> unchecked = new LinkedHashMap<>(imported.unchecked());
        for (Table t : imported.schema().tables()) {
            Set<String> kept = screened.schema().table(t.name()).map(x -> x.indexes().stream().map(Index::name).collect(Collectors.toSet())).orElse(Set.of());
            for (Index ix : t.indexes()) {
                if (kept.contains(ix.name())) continue;
                String text = (ix.keys() + " " + ix.where().orElse("")).toLowerCase(Locale.ROOT);
                for (Column c : t.columns()) {
                    if (!Pattern.compile("\\b" + Pattern.quote(c.name().toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find()) continue;
                    unchecked.merge(t.name() + "." + c.name(), INDEX_RULES, (a, b) -> {
                        Set<String> both = new java.util.TreeSet<>(a);
                        both.addAll(b);
                        return both;
                    });
                }
            }
        }
        return new ImportResult(screened.schema(), warnings, unchecked, imported.jsonAsText());
    }
}
