"""Factories for valid rows of every table; values are built from the column types."""
from datetime import date

import itertools

from app.domain.models import Course, Enrollment, Student

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_student(session, n=1, **overrides):
    """A valid students row (parents created as needed), added and flushed."""
    values = {
        "name": f"name-{n}",
    }
    values.update(overrides)
    row = Student(**values)
    session.add(row)
    session.flush()
    return row


def make_course(session, n=1, **overrides):
    """A valid courses row (parents created as needed), added and flushed."""
    values = {
        "code": f"code-{n}",
    }
    values.update(overrides)
    row = Course(**values)
    session.add(row)
    session.flush()
    return row


def make_enrollment(session, n=1, **overrides):
    """A valid enrollments row (parents created as needed), added and flushed."""
    values = {
        "enrolled_on": date(2030, 1, 1),
    }
    if not any(key in overrides for key in ["student_id", "student"]):
        values["student"] = make_student(session, next(_sequence))
    if not any(key in overrides for key in ["course_id", "course"]):
        values["course"] = make_course(session, next(_sequence))
    values.update(overrides)
    row = Enrollment(**values)
    session.add(row)
    session.flush()
    return row
