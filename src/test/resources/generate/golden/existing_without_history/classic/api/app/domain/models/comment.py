"""Comment: the comments table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, SmallInteger, Text
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.author import Author
    from app.domain.models.post import Post


class Comment(BaseModel):
    __tablename__ = "comments"

    post_id: Mapped[int] = Column(Integer, ForeignKey("posts.id", name="fk_comments_post_id_posts", ondelete="CASCADE"), nullable=False)
    author_id: Mapped[Optional[int]] = Column(Integer, ForeignKey("authors.id", name="fk_comments_author_id_authors", ondelete="SET NULL"), nullable=True)
    body: Mapped[str] = Column(Text, nullable=False)
    rating: Mapped[int] = Column(SmallInteger, nullable=False)

    post: Mapped["Post"] = relationship("Post", back_populates="comments")
    author: Mapped[Optional["Author"]] = relationship("Author", back_populates="comments")

    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        Index("idx_comments_post_id", "post_id"),
        Index("idx_comments_author_id", "author_id"),
    )
