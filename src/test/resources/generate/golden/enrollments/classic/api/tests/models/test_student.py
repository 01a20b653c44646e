"""Constraint and relationship tests for Student (students)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Student
from tests.models.factories import make_student


def test_student_valid_row_is_stored(db_session):
    row = make_student(db_session)
    db_session.commit()
    assert row.id is not None


def test_student_requires_name(db_session):
    with pytest.raises(IntegrityError):
        make_student(db_session, name=None)
        db_session.commit()
