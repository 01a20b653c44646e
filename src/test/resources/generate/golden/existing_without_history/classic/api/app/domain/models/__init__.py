"""All models, so that Base.metadata knows every table."""
from app.domain.models.author import Author
from app.domain.models.base import Base, BaseModel
from app.domain.models.comment import Comment
from app.domain.models.post import Post

__all__ = [
    "Author",
    "Base",
    "BaseModel",
    "Comment",
    "Post",
]
