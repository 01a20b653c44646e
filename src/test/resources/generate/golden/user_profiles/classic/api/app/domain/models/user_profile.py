"""UserProfile: the user_profiles table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import Column, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.user import User


class UserProfile(BaseModel):
    __tablename__ = "user_profiles"

    user_id: Mapped[int] = Column(Integer, ForeignKey("users.id", name="fk_user_profiles_user_id_users", ondelete="CASCADE"), nullable=False)
    bio: Mapped[Optional[str]] = Column(Text, nullable=True)
    avatar_url: Mapped[Optional[str]] = Column(String(500), nullable=True)

    user: Mapped["User"] = relationship("User", back_populates="user_profiles")

    __table_args__ = (
        UniqueConstraint("user_id", name="uq_user_profiles_user_id"),
    )
