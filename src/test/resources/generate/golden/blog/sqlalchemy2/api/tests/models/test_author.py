"""Constraint and relationship tests for Author (authors)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Author
from tests.models.factories import make_author


def test_author_valid_row_is_stored(db_session):
    row = make_author(db_session)
    db_session.commit()
    assert row.id is not None


def test_author_requires_email(db_session):
    with pytest.raises(IntegrityError):
        make_author(db_session, email=None)
        db_session.commit()


def test_author_requires_display_name(db_session):
    with pytest.raises(IntegrityError):
        make_author(db_session, display_name=None)
        db_session.commit()


def test_author_uq_authors_email_rejects_duplicates(db_session):
    first = make_author(db_session, 1)
    with pytest.raises(IntegrityError):
        make_author(db_session, 2, email=first.email)
        db_session.commit()
