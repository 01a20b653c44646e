"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.category import Category

__all__ = [
    "Base",
    "BaseModel",
    "Category",
]
