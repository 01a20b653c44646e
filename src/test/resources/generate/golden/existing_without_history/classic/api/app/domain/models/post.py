"""Post: the posts table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.author import Author
    from app.domain.models.comment import Comment


class Post(BaseModel):
    __tablename__ = "posts"

    author_id: Mapped[int] = Column(Integer, ForeignKey("authors.id", name="fk_posts_author_id_authors", ondelete="CASCADE"), nullable=False)
    title: Mapped[str] = Column(String(200), nullable=False)
    body: Mapped[str] = Column(Text, nullable=False)
    published: Mapped[bool] = Column(Boolean, nullable=False, server_default=false())
    slug: Mapped[str] = Column(String(200), nullable=False)

    author: Mapped["Author"] = relationship("Author", back_populates="posts")
    comments: Mapped[List["Comment"]] = relationship("Comment", back_populates="post", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        Index("idx_posts_author_id_created_at", "author_id", "created_at"),
        Index("idx_posts_slug", "slug", unique=True),
    )
