"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.ticket import Ticket

__all__ = [
    "Base",
    "BaseModel",
    "Ticket",
]
