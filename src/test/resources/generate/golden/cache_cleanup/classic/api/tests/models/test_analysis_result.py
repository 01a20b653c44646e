"""Constraint and relationship tests for AnalysisResult (analysis_results)."""
import pytest
from sqlalchemy import null
from sqlalchemy.exc import IntegrityError

from app.domain.models import AnalysisResult
from tests.models.factories import make_analysis_result


def test_analysis_result_valid_row_is_stored(db_session):
    row = make_analysis_result(db_session)
    db_session.commit()
    assert row.id is not None


def test_analysis_result_requires_comment_hash(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_result(db_session, comment_hash=None)
        db_session.commit()


def test_analysis_result_requires_cached_result(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_result(db_session, cached_result=null())
        db_session.commit()


def test_analysis_result_requires_created_at(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_result(db_session, created_at=None)
        db_session.commit()


def test_analysis_result_requires_expires_at(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_result(db_session, expires_at=None)
        db_session.commit()
