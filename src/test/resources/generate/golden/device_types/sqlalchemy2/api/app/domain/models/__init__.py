"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.device import Device

__all__ = [
    "Base",
    "BaseModel",
    "Device",
]
