"""Constraint and relationship tests for Event (events)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Event
from tests.models.factories import make_event


def test_event_valid_row_is_stored(db_session):
    row = make_event(db_session)
    db_session.commit()
    assert row.id is not None


def test_event_requires_name(db_session):
    with pytest.raises(IntegrityError):
        make_event(db_session, name=None)
        db_session.commit()
