"""Constraint and relationship tests for Queue (queues)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Queue
from tests.models.factories import make_queue


def test_queue_valid_row_is_stored(db_session):
    row = make_queue(db_session)
    db_session.commit()
    assert row.id is not None


def test_queue_requires_label(db_session):
    with pytest.raises(IntegrityError):
        make_queue(db_session, label=None)
        db_session.commit()
