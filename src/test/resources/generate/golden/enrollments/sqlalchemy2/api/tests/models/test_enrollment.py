"""Constraint and relationship tests for Enrollment (enrollments)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import Course, Enrollment, Student
from tests.models.factories import make_course, make_enrollment, make_student


def test_enrollment_valid_row_is_stored(db_session):
    row = make_enrollment(db_session)
    db_session.commit()
    assert row.student_id is not None


def test_enrollment_requires_enrolled_on(db_session):
    with pytest.raises(IntegrityError):
        make_enrollment(db_session, enrolled_on=None)
        db_session.commit()


def test_enrollment_requires_student_id(db_session):
    with pytest.raises(IntegrityError):
        make_enrollment(db_session, student_id=None)
        db_session.commit()


def test_enrollment_requires_course_id(db_session):
    with pytest.raises(IntegrityError):
        make_enrollment(db_session, course_id=None)
        db_session.commit()


def test_enrollment_ck_enrollments_grade_range_rejects_above_100(db_session):
    with pytest.raises(IntegrityError):
        make_enrollment(db_session, grade=101)
        db_session.commit()


def test_enrollment_ck_enrollments_grade_range_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_enrollment(db_session, grade=-1)
        db_session.commit()


def test_enrollment_student_id_on_delete_cascade(db_session):
    row = make_enrollment(db_session, 2, student=make_student(db_session, 2))
    parent_key = row.student_id
    db_session.commit()
    db_session.execute(delete(Student).where(Student.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(Enrollment)) == 0


def test_enrollment_deleted_with_its_student_by_the_orm(db_session):
    row = make_enrollment(db_session, 2, student=make_student(db_session, 2))
    parent = row.student
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(Enrollment)) == 0


def test_enrollment_student_navigates_both_ways(db_session):
    row = make_enrollment(db_session, 2, student=make_student(db_session, 2))
    db_session.commit()
    parent = row.student
    assert parent is not None
    assert row in parent.enrollments


def test_enrollment_course_id_on_delete_cascade(db_session):
    row = make_enrollment(db_session, 2, course=make_course(db_session, 2))
    parent_key = row.course_id
    db_session.commit()
    db_session.execute(delete(Course).where(Course.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(Enrollment)) == 0


def test_enrollment_deleted_with_its_course_by_the_orm(db_session):
    row = make_enrollment(db_session, 2, course=make_course(db_session, 2))
    parent = row.course
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(Enrollment)) == 0


def test_enrollment_course_navigates_both_ways(db_session):
    row = make_enrollment(db_session, 2, course=make_course(db_session, 2))
    db_session.commit()
    parent = row.course
    assert parent is not None
    assert row in parent.enrollments


def test_enrollment_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("enrollments")}
    assert {"idx_enrollments_course_id"} <= names
