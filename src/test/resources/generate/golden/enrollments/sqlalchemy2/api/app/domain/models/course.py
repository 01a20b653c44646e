"""Course: the courses table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.enrollment import Enrollment


class Course(BaseModel):
    __tablename__ = "courses"

    code: Mapped[str] = mapped_column(String(20), nullable=False)

    enrollments: Mapped[List["Enrollment"]] = relationship(back_populates="course", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        UniqueConstraint("code", name="uq_courses_code"),
    )
