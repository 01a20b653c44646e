"""All models, so that Base.metadata knows every table."""
from app.domain.models.account import Account
from app.domain.models.base import Base, BaseModel
from app.domain.models.transfer import Transfer

__all__ = [
    "Account",
    "Base",
    "BaseModel",
    "Transfer",
]
