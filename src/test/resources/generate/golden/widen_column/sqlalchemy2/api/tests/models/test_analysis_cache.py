"""Constraint and relationship tests for AnalysisCache (analysis_cache)."""
import pytest
from sqlalchemy import inspect, null
from sqlalchemy.exc import IntegrityError

from app.domain.models import AnalysisCache
from tests.models.factories import make_analysis_cache


def test_analysis_cache_valid_row_is_stored(db_session):
    row = make_analysis_cache(db_session)
    db_session.commit()
    assert row.id is not None


def test_analysis_cache_requires_comment_hash(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_cache(db_session, comment_hash=None)
        db_session.commit()


def test_analysis_cache_requires_cached_result(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_cache(db_session, cached_result=null())
        db_session.commit()


def test_analysis_cache_requires_created_at(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_cache(db_session, created_at=None)
        db_session.commit()


def test_analysis_cache_requires_expires_at(db_session):
    with pytest.raises(IntegrityError):
        make_analysis_cache(db_session, expires_at=None)
        db_session.commit()


def test_analysis_cache_uq_analysis_cache_comment_hash_rejects_duplicates(db_session):
    first = make_analysis_cache(db_session, 1)
    with pytest.raises(IntegrityError):
        make_analysis_cache(db_session, 2, comment_hash=first.comment_hash)
        db_session.commit()


def test_analysis_cache_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("analysis_cache")}
    assert {"idx_analysis_cache_expires_at"} <= names
