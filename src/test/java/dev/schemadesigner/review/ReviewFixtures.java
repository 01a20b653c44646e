package dev.schemadesigner.review;

import dev.schemadesigner.importer.SqlAlchemyImporter;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a review fixture (PostgreSQL DDL, read by {@link SqlDdlImporter}) into a {@link ReviewInput}. Besides the DDL, a fixture
 * may carry directives in comments, for what SQL cannot say:
 * <pre>
 * -- @query SELECT … (a declared query pattern, one line)
 * -- @relationship pain_points.feedback -> feedback_analysis back_populates=pain_points cascade="all, delete-orphan" lazy=selectin many
 * -- @existing            (the tables exist with data)
 * -- @dialect mariadb
 * </pre>
 * and inline {@code -- schema-designer: ignore <ids>} comments, read by {@link Suppressions#fromSql}.
 * A {@code .py} fixture holds SQLAlchemy models instead (see {@link #python}).
 */
final class ReviewFixtures {
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*--\\s*@(\\w+)\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern PY_DIRECTIVE = Pattern.compile("^\\s*#\\s*@(\\w+)\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern RELATIONSHIP = Pattern.compile("(\\w+)\\.(\\w+)\\s*->\\s*(\\w+)(.*)");
    private static final Pattern OPTION = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

    private ReviewFixtures() {}

    static ReviewInput read(Path file) {
        try {
            String text = Files.readString(file);
            return file.toString().endsWith(".py") ? python(text) : input(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReviewInput input(String sql) {
        dev.schemadesigner.importer.ImportResult imported = new SqlDdlImporter().importSql(sql, "postgresql");
        Schema schema = imported.schema();
        List<String> queries = new ArrayList<>();
        String dialect = ReviewInput.DEFAULT_DIALECT;
        boolean existing = false;
        Matcher m = DIRECTIVE.matcher(sql);
        while (m.find()) {
            String value = m.group(2).trim();
            switch (m.group(1)) {
                case "query": queries.add(value); break;
                case "relationship": schema = withRelationship(schema, value); break;
                case "existing": existing = true; break;
                case "dialect": dialect = value; break;
                default: throw new IllegalArgumentException("unknown fixture directive @" + m.group(1));
            }
        }
        return ReviewInput.of(schema).withDialect(dialect).withQueryPatterns(queries).withExisting(existing)
                .withSuppressions(Suppressions.fromSql(sql)).withJsonAsText(imported.jsonAsText());
    }

    /**
     * A fixture of SQLAlchemy models, read by {@link SqlAlchemyImporter}: relationships come from its
     * {@code relationship()} calls; {@code # @query}, {@code # @existing} and {@code # @dialect} comments
     * are the directives above, and {@code # schema-designer: ignore} comments are read by {@link Suppressions#fromPython}.
     */
    static ReviewInput python(String source) {
        Schema schema = new SqlAlchemyImporter().importModels(source).schema();
        List<String> queries = new ArrayList<>();
        String dialect = ReviewInput.DEFAULT_DIALECT;
        boolean existing = false;
        Matcher m = PY_DIRECTIVE.matcher(source);
        while (m.find()) {
            String value = m.group(2).trim();
            switch (m.group(1)) {
                case "query": queries.add(value); break;
                case "existing": existing = true; break;
                case "dialect": dialect = value; break;
                default: throw new IllegalArgumentException("unknown fixture directive @" + m.group(1) + " in a Python fixture");
            }
        }
        return ReviewInput.of(schema).withDialect(dialect).withQueryPatterns(queries).withExisting(existing)
                .withSuppressions(Suppressions.fromPython(source));
    }

    /** The fixture's DDL through the real importer; fixtures are written in PostgreSQL spelling whatever their {@code @dialect}. */
    static Schema schemaOf(String sql) {
        return new SqlDdlImporter().importSql(sql, "postgresql").schema();
    }

    private static Schema withRelationship(Schema schema, String spec) {
        Matcher m = RELATIONSHIP.matcher(spec);
        if (!m.matches()) throw new IllegalArgumentException("bad @relationship " + spec);
        String rest = m.group(4);
        Optional<String> back = option(rest, "back_populates");
        Relationship r = new Relationship(m.group(2), m.group(3), rest.matches(".*\\bmany\\b.*"), back,
                option(rest, "cascade"), option(rest, "lazy"));
        return schema.replaceTable(m.group(1), (Table t) -> {
            List<Relationship> rs = new ArrayList<>(t.relationships());
            rs.add(r);
            return t.withRelationships(rs);
        });
    }

    private static Optional<String> option(String text, String name) {
        Matcher m = OPTION.matcher(text);
        while (m.find()) if (m.group(1).equals(name)) return Optional.of(m.group(2).replace("\"", ""));
        return Optional.empty();
    }
}
