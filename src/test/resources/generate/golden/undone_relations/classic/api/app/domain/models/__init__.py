"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.job import Job
from app.domain.models.queue import Queue

__all__ = [
    "Base",
    "BaseModel",
    "Job",
    "Queue",
]
