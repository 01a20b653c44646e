package dev.schemadesigner.surface.cli;

import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code design --project FILE|DIR}: the existing schema a design builds on, read as a project. A
 * file is one schema source (SQL DDL, SQLAlchemy models or JPA entities, told by content); a folder
 * gives all its {@code .sql}, {@code .py} and {@code .java} files of one such kind, joined (Alembic
 * revisions and files of no schema kind are passed over).
 */
final class CliProject {
    private CliProject() {}

    static ProjectRequest read(Path path, Optional<String> style) {
        Source schema = Files.isDirectory(path) ? fromFolder(path) : schemaOf(CliSource.read(path));
        String name = Optional.ofNullable(path.toAbsolutePath().normalize().getFileName()).map(Path::toString).orElse("project");
        return new ProjectRequest(Optional.empty(), name, Optional.empty(), style, Optional.empty(), Optional.of(schema));
    }

    private static Source schemaOf(CliSource file) {
        if (file.format().equals("alembic")) throw new Cli.UsageError(file.path() + ": is an Alembic revision; --project takes the schema (DDL, models or entities)");
        return file.source();
    }

    private static Source fromFolder(Path dir) {
        List<CliSource> sources;
        try (Stream<Path> files = Files.walk(dir)) {
            sources = files.filter(Files::isRegularFile).filter(CliProject::mayHoldSchema).sorted()
                    .map(p -> CliSource.formatOf(readText(p)).map(f -> new CliSource(p, f, readText(p))))
                    .flatMap(Optional::stream).filter(s -> !s.format().equals("alembic")).toList();
        } catch (IOException e) {
            throw new Cli.UsageError(dir + ": cannot be read (" + e.getMessage() + ")");
        }
        List<String> formats = sources.stream().map(CliSource::format).distinct().toList();
        if (formats.isEmpty()) throw new Cli.UsageError(dir + ": holds no schema files (SQL DDL, SQLAlchemy models or JPA entities)");
        if (formats.size() > 1) {
            throw new Cli.UsageError(dir + ": mixes schema kinds " + formats + "; name one file or a folder of one kind with --project");
        }
        String joined = sources.stream().map(CliSource::content).collect(Collectors.joining("\n\n"));
        return new Source(formats.get(0), joined, Optional.of(dir.toString()));
    }

    private static boolean mayHoldSchema(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".sql") || name.endsWith(".py") || name.endsWith(".java");
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new Cli.UsageError(p + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
