"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.event import Event
from app.domain.models.reading import Reading
from app.domain.models.unit import Unit

__all__ = [
    "Base",
    "BaseModel",
    "Event",
    "Reading",
    "Unit",
]
