package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GenerationContext.OrmStyle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Python stack generated projects run on: Debian's own SQLAlchemy 1.4 / Alembic 1.8, or SQLAlchemy
 * 2.0.52 / Alembic 1.19.1 from the optional {@code ../shared/python-modern} folder beside the repository
 * (put first on PYTHONPATH, C extensions disabled). Classic models run on both; typed (sqlalchemy2) models need 2.0.
 */
record PythonStack(String name, Optional<Path> pythonPath, List<OrmStyle> styles, boolean modern) {
    /** The optional folder, relative to the repository (Maven runs with the project directory as working directory). */
    static final Path MODERN_FOLDER = Path.of("..", "shared", "python-modern");

    static final PythonStack DEBIAN = new PythonStack("sqlalchemy-1.4", Optional.empty(), List.of(OrmStyle.CLASSIC), false);

    private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

    /** The 2.0 stack when its folder is present; otherwise empty, after saying so once on the test output. */
    static Optional<PythonStack> sqlalchemy2() {
        Path folder = MODERN_FOLDER.toAbsolutePath().normalize();
        if (Files.isDirectory(folder.resolve("sqlalchemy")) && Files.isDirectory(folder.resolve("alembic"))) {
            return Optional.of(new PythonStack("sqlalchemy-2.0", Optional.of(folder), List.of(OrmStyle.CLASSIC, OrmStyle.SQLALCHEMY2), true));
        }
        if (SKIP_ANNOUNCED.compareAndSet(false, true)) {
            System.out.println("SKIPPED: SQLAlchemy 2.0 stack runs — " + MODERN_FOLDER + " not found beside the repository (see its README)");
        }
        return Optional.empty();
    }

    /** Debian's stack, then the 2.0 stack when present; {@code -Dstacks=sqlalchemy-2.0} narrows the list. */
    static List<PythonStack> available() {
        List<String> only = List.of(System.getProperty("stacks", "sqlalchemy-1.4,sqlalchemy-2.0").split(","));
        List<PythonStack> out = new ArrayList<>();
        if (only.contains(DEBIAN.name())) out.add(DEBIAN);
        if (only.contains("sqlalchemy-2.0")) sqlalchemy2().ifPresent(out::add);
        return out;
    }

    /** (stack, model style, dialect) for every available stack, each style it runs and both dialects: a parameterized execution test's source. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyStackStyleAndDialect() {
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        for (PythonStack stack : available()) {
            for (OrmStyle style : stack.styles()) {
                for (String dialect : List.of("sqlite", "postgresql")) out.add(org.junit.jupiter.params.provider.Arguments.of(stack, style, dialect));
            }
        }
        return out.stream();
    }

    @Override
    public String toString() { return name; }
}
