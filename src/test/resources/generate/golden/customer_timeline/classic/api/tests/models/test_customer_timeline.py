"""Constraint and relationship tests for CustomerTimeline (customer_timeline)."""
import pytest
from sqlalchemy import delete, inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import CustomerTimeline, FeedbackAnalysis
from tests.models.factories import make_customer_timeline, make_feedback_analysis


def test_customer_timeline_valid_row_is_stored(db_session):
    row = make_customer_timeline(db_session)
    db_session.commit()
    assert row.id is not None


def test_customer_timeline_requires_customer_id(db_session):
    with pytest.raises(IntegrityError):
        make_customer_timeline(db_session, customer_id=None)
        db_session.commit()


def test_customer_timeline_requires_event_type(db_session):
    with pytest.raises(IntegrityError):
        make_customer_timeline(db_session, event_type=None)
        db_session.commit()


def test_customer_timeline_requires_occurred_at(db_session):
    with pytest.raises(IntegrityError):
        make_customer_timeline(db_session, occurred_at=None)
        db_session.commit()


def test_customer_timeline_feedback_id_on_delete_set_null(db_session):
    row = make_customer_timeline(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    parent_key = row.feedback_id
    db_session.commit()
    db_session.execute(delete(FeedbackAnalysis).where(FeedbackAnalysis.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert row.feedback_id is None


def test_customer_timeline_feedback_navigates_both_ways(db_session):
    row = make_customer_timeline(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    db_session.commit()
    parent = row.feedback
    assert parent is not None
    assert row in parent.customer_timeline


def test_customer_timeline_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("customer_timeline")}
    assert {"idx_customer_timeline", "idx_timeline_event_type", "idx_customer_timeline_feedback_id"} <= names
