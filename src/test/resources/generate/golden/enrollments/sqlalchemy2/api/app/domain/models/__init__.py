"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.course import Course
from app.domain.models.enrollment import Enrollment
from app.domain.models.student import Student

__all__ = [
    "Base",
    "BaseModel",
    "Course",
    "Enrollment",
    "Student",
]
