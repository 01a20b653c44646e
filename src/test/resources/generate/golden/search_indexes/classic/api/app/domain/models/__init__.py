"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.member import Member

__all__ = [
    "Base",
    "BaseModel",
    "Member",
]
