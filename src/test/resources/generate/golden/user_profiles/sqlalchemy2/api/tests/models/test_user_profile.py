"""Constraint and relationship tests for UserProfile (user_profiles)."""
import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import User, UserProfile
from tests.models.factories import make_user, make_user_profile


def test_user_profile_valid_row_is_stored(db_session):
    row = make_user_profile(db_session)
    db_session.commit()
    assert row.id is not None


def test_user_profile_requires_user_id(db_session):
    with pytest.raises(IntegrityError):
        make_user_profile(db_session, user_id=None)
        db_session.commit()


def test_user_profile_uq_user_profiles_user_id_rejects_duplicates(db_session):
    first = make_user_profile(db_session, 1)
    with pytest.raises(IntegrityError):
        make_user_profile(db_session, 2, user_id=first.user_id)
        db_session.commit()


def test_user_profile_user_id_on_delete_cascade(db_session):
    row = make_user_profile(db_session, 2, user=make_user(db_session, 2))
    parent_key = row.user_id
    db_session.commit()
    db_session.execute(delete(User).where(User.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(UserProfile)) == 0


def test_user_profile_deleted_with_its_user_by_the_orm(db_session):
    row = make_user_profile(db_session, 2, user=make_user(db_session, 2))
    parent = row.user
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(UserProfile)) == 0


def test_user_profile_user_navigates_both_ways(db_session):
    row = make_user_profile(db_session, 2, user=make_user(db_session, 2))
    db_session.commit()
    parent = row.user
    assert parent is not None
    assert parent.user_profiles is row
