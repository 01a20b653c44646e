"""db_session: in-memory SQLite with foreign keys enforced, or TEST_DATABASE_URL (e.g. PostgreSQL).

The schema is created with Base.metadata.create_all for every test and dropped after it.
"""
import os

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from app.domain.models import Base


def _enforce_sqlite_foreign_keys(dbapi_connection, connection_record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@pytest.fixture()
def engine():
    url = os.environ.get("TEST_DATABASE_URL")
    engine = create_engine(url or "sqlite://", future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enforce_sqlite_foreign_keys)
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture()
def db_session(engine):
    session = sessionmaker(bind=engine, future=True)()
    yield session
    session.rollback()
    session.close()
