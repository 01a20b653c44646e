"""Constraint and relationship tests for Document (documents)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Document
from tests.models.factories import make_document


def test_document_valid_row_is_stored(db_session):
    row = make_document(db_session)
    db_session.commit()
    assert row.id is not None


def test_document_requires_title(db_session):
    with pytest.raises(IntegrityError):
        make_document(db_session, title=None)
        db_session.commit()


def test_document_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("documents")}
    assert {"idx_documents_live_title"} <= names
