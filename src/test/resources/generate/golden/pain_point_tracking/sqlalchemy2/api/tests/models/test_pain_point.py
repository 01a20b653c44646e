"""Constraint and relationship tests for PainPoint (pain_points)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import FeedbackAnalysis, PainPoint
from tests.models.factories import make_feedback_analysis, make_pain_point


def test_pain_point_valid_row_is_stored(db_session):
    row = make_pain_point(db_session)
    db_session.commit()
    assert row.id is not None


def test_pain_point_requires_category(db_session):
    with pytest.raises(IntegrityError):
        make_pain_point(db_session, category=None)
        db_session.commit()


def test_pain_point_requires_severity(db_session):
    with pytest.raises(IntegrityError):
        make_pain_point(db_session, severity=None)
        db_session.commit()


def test_pain_point_requires_feedback_id(db_session):
    with pytest.raises(IntegrityError):
        make_pain_point(db_session, feedback_id=None)
        db_session.commit()


def test_pain_point_ck_pain_points_severity_range_rejects_above_10(db_session):
    with pytest.raises(IntegrityError):
        make_pain_point(db_session, severity=11)
        db_session.commit()


def test_pain_point_ck_pain_points_severity_range_rejects_below_1(db_session):
    with pytest.raises(IntegrityError):
        make_pain_point(db_session, severity=0)
        db_session.commit()


def test_pain_point_feedback_id_on_delete_cascade(db_session):
    row = make_pain_point(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    parent_key = row.feedback_id
    db_session.commit()
    db_session.execute(delete(FeedbackAnalysis).where(FeedbackAnalysis.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(PainPoint)) == 0


def test_pain_point_deleted_with_its_feedback_by_the_orm(db_session):
    row = make_pain_point(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    parent = row.feedback
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(PainPoint)) == 0


def test_pain_point_feedback_navigates_both_ways(db_session):
    row = make_pain_point(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    db_session.commit()
    parent = row.feedback
    assert parent is not None
    assert row in parent.pain_points


def test_pain_point_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("pain_points")}
    assert {"idx_pain_category", "idx_pain_severity", "idx_pain_feedback_category"} <= names
