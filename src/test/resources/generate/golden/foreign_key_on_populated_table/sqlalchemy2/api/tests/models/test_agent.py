"""Constraint and relationship tests for Agent (agents)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Agent
from tests.models.factories import make_agent


def test_agent_valid_row_is_stored(db_session):
    row = make_agent(db_session)
    db_session.commit()
    assert row.id is not None


def test_agent_requires_name(db_session):
    with pytest.raises(IntegrityError):
        make_agent(db_session, name=None)
        db_session.commit()


def test_agent_uq_agents_name_rejects_duplicates(db_session):
    first = make_agent(db_session, 1)
    with pytest.raises(IntegrityError):
        make_agent(db_session, 2, name=first.name)
        db_session.commit()
