"""User: the users table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import Column, String, UniqueConstraint
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.user_profile import UserProfile


class User(BaseModel):
    __tablename__ = "users"

    username: Mapped[str] = Column(String(50), nullable=False)

    user_profiles: Mapped[Optional["UserProfile"]] = relationship("UserProfile", back_populates="user", cascade="all, delete-orphan", passive_deletes=True, uselist=False)

    __table_args__ = (
        UniqueConstraint("username", name="uq_users_username"),
    )
