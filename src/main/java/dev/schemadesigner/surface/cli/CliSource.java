package dev.schemadesigner.surface.cli;

import dev.schemadesigner.chat.Source;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file named on the command line, its format told from its content (not its name, so a
 * {@code .txt} of DDL or a migration without an extension still reads): an Alembic revision, a
 * SQLAlchemy model, a JPA entity, or SQL. SQL and Alembic are reviewed as migrations; models and
 * entities as a schema.
 */
record CliSource(Path path, String format, String content) {

    private static final Pattern JAVA_DECLARATION = Pattern.compile("(?m)^\\s*(package|import)\\s+[\\w.]+(\\.\\*)?\\s*;");
    private static final Pattern JPA_ENTITY = Pattern.compile("@(jakarta\\.persistence\\.|javax\\.persistence\\.)?(Entity|Embeddable|MappedSuperclass)\\b");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(class|record)\\s+\\w+");
    private static final Pattern ALEMBIC_UPGRADE = Pattern.compile("(?m)^def\\s+upgrade\\s*\\(");
    private static final Pattern ALEMBIC_OP = Pattern.compile("\\bop\\.\\w+\\(");
    private static final Pattern PYTHON_CLASS = Pattern.compile("(?m)^class\\s+\\w+\\s*(\\([^)]*\\))?\\s*:");
    private static final Pattern SQLALCHEMY_MODEL = Pattern.compile("\\bsqlalchemy\\b|__tablename__|\\bMapped\\[|\\bColumn\\(|\\bmapped_column\\(");
    private static final Pattern SQL_STATEMENT = Pattern.compile("(?im)^\\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|COMMENT|SET|BEGIN|START|COMMIT|RENAME|TRUNCATE|WITH|DO|REINDEX|VACUUM|ANALYZE|GRANT|REVOKE)\\b");

    static final String WHAT_WE_READ = "SQL, a SQLAlchemy model, an Alembic revision or a JPA entity";

    /** Reads and classifies a file; an unreadable or unrecognised one is a {@link Cli.UsageError} naming it. */
    static CliSource read(Path path) {
        if (!Files.exists(path)) throw new Cli.UsageError(path + ": no such file");
        if (Files.isDirectory(path)) throw new Cli.UsageError(path + ": is a directory; name the files to review");
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new Cli.UsageError(path + ": is not UTF-8 text");
        } catch (IOException e) {
            throw new Cli.UsageError(path + ": cannot be read (" + e.getMessage() + ")");
        }
        String format = formatOf(content).orElseThrow(() -> new Cli.UsageError(path + ": cannot tell what this file is; expected " + WHAT_WE_READ));
        return new CliSource(path, format, content);
    }

    /** {@code alembic}, {@code sqlalchemy}, {@code jpa} or {@code sql}; empty when the content is none of them. */
    static Optional<String> formatOf(String content) {
        boolean javaClass = JAVA_CLASS.matcher(content).find();
        if (javaClass && (JPA_ENTITY.matcher(content).find() || JAVA_DECLARATION.matcher(content).find())) return Optional.of("jpa");
        if (ALEMBIC_UPGRADE.matcher(content).find() && ALEMBIC_OP.matcher(content).find()) return Optional.of("alembic");
        if (PYTHON_CLASS.matcher(content).find() && SQLALCHEMY_MODEL.matcher(content).find()) return Optional.of("sqlalchemy");
        return SQL_STATEMENT.matcher(content).find() ? Optional.of("sql") : Optional.empty();
    }

    boolean isMigration() { return format.equals("sql") || format.equals("alembic"); }

    Source source() { return new Source(format, content, Optional.of(path.toString())); }
}
