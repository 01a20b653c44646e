"""Constraint and relationship tests for Member (members)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Member
from tests.models.factories import make_member


def test_member_valid_row_is_stored(db_session):
    row = make_member(db_session)
    db_session.commit()
    assert row.id is not None


def test_member_requires_email(db_session):
    with pytest.raises(IntegrityError):
        make_member(db_session, email=None)
        db_session.commit()


def test_member_requires_team(db_session):
    with pytest.raises(IntegrityError):
        make_member(db_session, team=None)
        db_session.commit()


def test_member_requires_score(db_session):
    with pytest.raises(IntegrityError):
        make_member(db_session, score=None)
        db_session.commit()


def test_member_ck_members_score_range_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_member(db_session, score=-1)
        db_session.commit()


def test_member_ck_members_score_range_rejects_above_1000(db_session):
    with pytest.raises(IntegrityError):
        make_member(db_session, score=1001)
        db_session.commit()


def test_member_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("members")}
    assert {"idx_members_team_cover", "idx_members_nickname_live", "idx_members_score_hash"} <= names
