"""Constraint and relationship tests for FeedbackAnalysis (feedback_analysis)."""
import pytest
from sqlalchemy import delete, inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Agent, FeedbackAnalysis
from tests.models.factories import make_agent, make_feedback_analysis


def test_feedback_analysis_valid_row_is_stored(db_session):
    row = make_feedback_analysis(db_session)
    db_session.commit()
    assert row.id is not None


def test_feedback_analysis_requires_customer_id(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_analysis(db_session, customer_id=None)
        db_session.commit()


def test_feedback_analysis_requires_comment_text(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_analysis(db_session, comment_text=None)
        db_session.commit()


def test_feedback_analysis_agent_id_on_delete_set_null(db_session):
    row = make_feedback_analysis(db_session, 2, agent=make_agent(db_session, 2))
    parent_key = row.agent_id
    db_session.commit()
    db_session.execute(delete(Agent).where(Agent.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert row.agent_id is None


def test_feedback_analysis_agent_navigates_both_ways(db_session):
    row = make_feedback_analysis(db_session, 2, agent=make_agent(db_session, 2))
    db_session.commit()
    parent = row.agent
    assert parent is not None
    assert row in parent.feedback_analysis


def test_feedback_analysis_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("feedback_analysis")}
    assert {"idx_feedback_analysis_customer_id", "idx_feedback_analysis_agent_id"} <= names
