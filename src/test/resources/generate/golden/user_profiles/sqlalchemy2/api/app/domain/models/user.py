"""User: the users table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.user_profile import UserProfile


class User(BaseModel):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(50), nullable=False)

    user_profiles: Mapped[Optional["UserProfile"]] = relationship(back_populates="user", cascade="all, delete-orphan", passive_deletes=True, uselist=False)

    __table_args__ = (
        UniqueConstraint("username", name="uq_users_username"),
    )
