package dev.schemadesigner.generate.migration;

import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.GenerationContext;

import java.util.List;

/**
 * A working Alembic environment for a project without migration history: alembic.ini, env.py
 * (database URL from DATABASE_URL, default sqlite:///./dev.db; batch mode for SQLite) and script.py.mako.
 */
public final class AlembicEnvironment {

    public List<Artifact> generate(GenerationContext ctx) {
        String root = ctx.paths().alembicRoot();
        String prefix = root.isEmpty() ? "" : root + "/";
        String scriptLocation = ctx.paths().alembicDir().substring(prefix.length());
        return List.of(
                new Artifact(prefix + "alembic.ini", "python", "migration", ini(scriptLocation)),
                new Artifact(ctx.paths().alembicDir() + "/env.py", "python", "migration", env(ctx.modelsPackage())),
                new Artifact(ctx.paths().alembicDir() + "/script.py.mako", "python", "migration", MAKO));
    }

    private static String ini(String scriptLocation) {
        return """
                # Alembic configuration. The database URL comes from DATABASE_URL (see env.py).
                [alembic]
                script_location = %s
                prepend_sys_path = .
                version_path_separator = os

                [loggers]
                keys = root,sqlalchemy,alembic

                [handlers]
                keys = console

                [formatters]
                keys = generic

                [logger_root]
                level = WARN
                handlers = console
                qualname =

                [logger_sqlalchemy]
                level = WARN
                handlers =
                qualname = sqlalchemy.engine

                [logger_alembic]
                level = INFO
                handlers =
                qualname = alembic

                [handler_console]
                class = StreamHandler
                args = (sys.stderr,)
                level = NOTSET
                formatter = generic

                [formatter_generic]
                format = %%(levelname)-5.5s [%%(name)s] %%(message)s
                datefmt = %%H:%%M:%%S
                """.formatted(scriptLocation);
    }

    private static String env(String modelsPackage) {
        return """
                \"\"\"Alembic environment: DATABASE_URL selects the database (default sqlite:///./dev.db).\"\"\"
                import os
                from logging.config import fileConfig

                from alembic import context
                from sqlalchemy import engine_from_config, pool

                from %s import Base

                config = context.config
                if config.config_file_name is not None:
                    fileConfig(config.config_file_name)

                DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./dev.db")
                config.set_main_option("sqlalchemy.url", DATABASE_URL.replace("%%", "%%%%"))

                target_metadata = Base.metadata


                def include_object(object, name, type_, reflected, compare_to):
                    \"\"\"What `alembic check` / autogenerate compare.

                    On SQLite, which has no enum types, the revisions spell an enum column's allowed values as a CHECK
                    named ck_<table>_<column>_enum; the models say the same with the column's Enum type, and
                    autogenerate cannot relate the two, so that reflected CHECK is left out of the comparison.
                    \"\"\"
                    if type_ == "check_constraint" and reflected and compare_to is None and name and name.endswith("_enum"):
                        return False
                    return True


                def run_migrations_offline():
                    context.configure(
                        url=DATABASE_URL,
                        target_metadata=target_metadata,
                        literal_binds=True,
                        dialect_opts={"paramstyle": "named"},
                        render_as_batch=True,
                        include_object=include_object,
                    )
                    with context.begin_transaction():
                        context.run_migrations()


                def run_migrations_online():
                    connectable = engine_from_config(
                        config.get_section(config.config_ini_section),
                        prefix="sqlalchemy.",
                        poolclass=pool.NullPool,
                    )
                    with connectable.connect() as connection:
                        context.configure(
                            connection=connection,
                            target_metadata=target_metadata,
                            render_as_batch=True,
                            include_object=include_object,
                            # each revision commits on its own: a backfill never shares a transaction with the schema change
                            transaction_per_migration=True,
                        )
                        with context.begin_transaction():
                            context.run_migrations()


                if context.is_offline_mode():
                    run_migrations_offline()
                else:
                    run_migrations_online()
                """.formatted(modelsPackage);
    }

    private static final String MAKO = """
            \"\"\"${message}

            Revision ID: ${up_revision}
            Revises: ${down_revision | comma,n}
            Create Date: ${create_date}
            \"\"\"
            from alembic import op
            import sqlalchemy as sa
            ${imports if imports else ""}

            # revision identifiers, used by Alembic.
            revision = ${repr(up_revision)}
            down_revision = ${repr(down_revision)}
            branch_labels = ${repr(branch_labels)}
            depends_on = ${repr(depends_on)}


            def upgrade():
                ${upgrades if upgrades else "pass"}


            def downgrade():
                ${downgrades if downgrades else "pass"}
            """;
}
