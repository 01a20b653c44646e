"""Constraint and relationship tests for FeedbackTag (feedback_tags)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import FeedbackAnalysis, FeedbackTag
from tests.models.factories import make_feedback_analysis, make_feedback_tag


def test_feedback_tag_valid_row_is_stored(db_session):
    row = make_feedback_tag(db_session)
    db_session.commit()
    assert row.id is not None


def test_feedback_tag_requires_tag(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_tag(db_session, tag=None)
        db_session.commit()


def test_feedback_tag_requires_feedback_id(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_tag(db_session, feedback_id=None)
        db_session.commit()


def test_feedback_tag_ck_feedback_tags_confidence_range_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_tag(db_session, confidence=-1)
        db_session.commit()


def test_feedback_tag_ck_feedback_tags_confidence_range_rejects_above_1(db_session):
    with pytest.raises(IntegrityError):
        make_feedback_tag(db_session, confidence=2)
        db_session.commit()


def test_feedback_tag_uq_feedback_tags_feedback_id_tag_rejects_duplicates(db_session):
    first = make_feedback_tag(db_session, 1)
    with pytest.raises(IntegrityError):
        make_feedback_tag(db_session, 2, feedback_id=first.feedback_id, tag=first.tag)
        db_session.commit()


def test_feedback_tag_feedback_id_on_delete_cascade(db_session):
    row = make_feedback_tag(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    parent_key = row.feedback_id
    db_session.commit()
    db_session.execute(delete(FeedbackAnalysis).where(FeedbackAnalysis.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(FeedbackTag)) == 0


def test_feedback_tag_deleted_with_its_feedback_by_the_orm(db_session):
    row = make_feedback_tag(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    parent = row.feedback
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(FeedbackTag)) == 0


def test_feedback_tag_feedback_navigates_both_ways(db_session):
    row = make_feedback_tag(db_session, 2, feedback=make_feedback_analysis(db_session, 2))
    db_session.commit()
    parent = row.feedback
    assert parent is not None
    assert row in parent.feedback_tags


def test_feedback_tag_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("feedback_tags")}
    assert {"idx_feedback_tags_tag"} <= names
