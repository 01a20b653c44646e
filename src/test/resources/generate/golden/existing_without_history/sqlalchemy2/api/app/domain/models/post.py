"""Post: the posts table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.author import Author
    from app.domain.models.comment import Comment


class Post(BaseModel):
    __tablename__ = "posts"

    author_id: Mapped[int] = mapped_column(Integer, ForeignKey("authors.id", name="fk_posts_author_id_authors", ondelete="CASCADE"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=false())
    slug: Mapped[str] = mapped_column(String(200), nullable=False)

    author: Mapped["Author"] = relationship(back_populates="posts")
    comments: Mapped[List["Comment"]] = relationship(back_populates="post", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        Index("idx_posts_author_id_created_at", "author_id", "created_at"),
        Index("idx_posts_slug", "slug", unique=True),
    )
