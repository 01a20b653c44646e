"""Student: the students table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import Column, String
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.enrollment import Enrollment


class Student(BaseModel):
    __tablename__ = "students"

    name: Mapped[str] = Column(String(100), nullable=False)

    enrollments: Mapped[List["Enrollment"]] = relationship("Enrollment", back_populates="student", cascade="all, delete-orphan", passive_deletes=True)
