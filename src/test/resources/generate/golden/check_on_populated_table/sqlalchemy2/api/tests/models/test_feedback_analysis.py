"""Constraint and relationship tests for FeedbackAnalysis (feedback_analysis)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import FeedbackAnalysis
from tests.models.factories import make_feedback_analysis


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


def test_feedback_analysis_ck_feedback_analysis_user_score_range_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_analysis(db_session, user_score=-1)
        db_session.commit()


def test_feedback_analysis_ck_feedback_analysis_user_score_range_rejects_above_10(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_analysis(db_session, user_score=11)
        db_session.commit()


def test_feedback_analysis_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("feedback_analysis")}
    assert {"idx_feedback_analysis_customer_id"} <= names
