"""Enrollment: the enrollments table."""
from datetime import date
from typing import TYPE_CHECKING, Optional

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, Index, Integer, SmallInteger
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import Base

if TYPE_CHECKING:
    from app.domain.models.course import Course
    from app.domain.models.student import Student


class Enrollment(Base):
    __tablename__ = "enrollments"

    student_id: Mapped[int] = Column(Integer, ForeignKey("students.id", name="fk_enrollments_student_id_students", ondelete="CASCADE"), primary_key=True, nullable=False)
    course_id: Mapped[int] = Column(Integer, ForeignKey("courses.id", name="fk_enrollments_course_id_courses", ondelete="CASCADE"), primary_key=True, nullable=False)
    enrolled_on: Mapped[date] = Column(Date, nullable=False)
    grade: Mapped[Optional[int]] = Column(SmallInteger, nullable=True)

    student: Mapped["Student"] = relationship("Student", back_populates="enrollments")
    course: Mapped["Course"] = relationship("Course", back_populates="enrollments")

    __table_args__ = (
        CheckConstraint("grade BETWEEN 0 AND 100", name="grade_range"),
        Index("idx_enrollments_course_id", "course_id"),
    )
