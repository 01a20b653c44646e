"""Constraint and relationship tests for User (users)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import User
from tests.models.factories import make_user


def test_user_valid_row_is_stored(db_session):
    row = make_user(db_session)
    db_session.commit()
    assert row.id is not None


def test_user_requires_username(db_session):
    with pytest.raises(IntegrityError):
        make_user(db_session, username=None)
        db_session.commit()


def test_user_uq_users_username_rejects_duplicates(db_session):
    first = make_user(db_session, 1)
    with pytest.raises(IntegrityError):
        make_user(db_session, 2, username=first.username)
        db_session.commit()
