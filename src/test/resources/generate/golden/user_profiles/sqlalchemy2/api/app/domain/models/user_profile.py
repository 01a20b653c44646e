"""UserProfile: the user_profiles table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.user import User


class UserProfile(BaseModel):
    __tablename__ = "user_profiles"

    user_id: Mapped[int] = mapped_column(Integer, ForeignKey("users.id", name="fk_user_profiles_user_id_users", ondelete="CASCADE"), nullable=False)
    bio: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    avatar_url: Mapped[Optional[str]] = mapped_column(String(500), nullable=True)

    user: Mapped["User"] = relationship(back_populates="user_profiles")

    __table_args__ = (
        UniqueConstraint("user_id", name="uq_user_profiles_user_id"),
    )
