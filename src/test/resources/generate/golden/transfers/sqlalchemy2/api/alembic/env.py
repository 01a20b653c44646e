"""Alembic environment: DATABASE_URL selects the database (default sqlite:///./dev.db)."""
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.domain.models import Base

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./dev.db")
config.set_main_option("sqlalchemy.url", DATABASE_URL.replace("%", "%%"))

target_metadata = Base.metadata


def include_object(object, name, type_, reflected, compare_to):
    """What `alembic check` / autogenerate compare.

    On SQLite, which has no enum types, the revisions spell an enum column's allowed values as a CHECK
    named ck_<table>_<column>_enum; the models say the same with the column's Enum type, and
    autogenerate cannot relate the two, so that reflected CHECK is left out of the comparison.
    """
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
