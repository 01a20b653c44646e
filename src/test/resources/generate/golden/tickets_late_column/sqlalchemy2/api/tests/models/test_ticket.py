"""Constraint and relationship tests for Ticket (tickets)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Ticket
from tests.models.factories import make_ticket


def test_ticket_valid_row_is_stored(db_session):
    row = make_ticket(db_session)
    db_session.commit()
    assert row.id is not None


def test_ticket_requires_subject(db_session):
    with pytest.raises(IntegrityError):
        make_ticket(db_session, subject=None)
        db_session.commit()


def test_ticket_requires_priority(db_session):
    with pytest.raises(IntegrityError):
        make_ticket(db_session, priority=None)
        db_session.commit()


def test_ticket_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("tickets")}
    assert {"idx_tickets_priority"} <= names
