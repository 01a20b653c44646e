"""Constraint and relationship tests for Course (courses)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Course
from tests.models.factories import make_course


def test_course_valid_row_is_stored(db_session):
    row = make_course(db_session)
    db_session.commit()
    assert row.id is not None


def test_course_requires_code(db_session):
    with pytest.raises(IntegrityError):
        make_course(db_session, code=None)
        db_session.commit()


def test_course_uq_courses_code_rejects_duplicates(db_session):
    first = make_course(db_session, 1)
    with pytest.raises(IntegrityError):
        make_course(db_session, 2, code=first.code)
        db_session.commit()
