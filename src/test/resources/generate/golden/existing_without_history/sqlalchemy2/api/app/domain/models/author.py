"""Author: the authors table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.comment import Comment
    from app.domain.models.post import Post


class Author(BaseModel):
    __tablename__ = "authors"

    email: Mapped[str] = mapped_column(String(255), nullable=False)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False)

    posts: Mapped[List["Post"]] = relationship(back_populates="author", cascade="all, delete-orphan", passive_deletes=True)
    comments: Mapped[List["Comment"]] = relationship(back_populates="author", passive_deletes=True)

    __table_args__ = (
        UniqueConstraint("email", name="uq_authors_email"),
    )
