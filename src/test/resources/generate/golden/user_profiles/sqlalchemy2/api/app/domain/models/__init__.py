"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.user import User
from app.domain.models.user_profile import UserProfile

__all__ = [
    "Base",
    "BaseModel",
    "User",
    "UserProfile",
]
