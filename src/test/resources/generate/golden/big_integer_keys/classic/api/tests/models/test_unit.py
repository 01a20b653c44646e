"""Constraint and relationship tests for Unit (units)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Unit
from tests.models.factories import make_unit


def test_unit_valid_row_is_stored(db_session):
    row = make_unit(db_session)
    db_session.commit()
    assert row.id is not None


def test_unit_requires_symbol(db_session):
    with pytest.raises(IntegrityError):
        make_unit(db_session, symbol=None)
        db_session.commit()
