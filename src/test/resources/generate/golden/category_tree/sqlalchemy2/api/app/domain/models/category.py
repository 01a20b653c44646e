"""Category: the categories table."""
from typing import List, Optional

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel


class Category(BaseModel):
    __tablename__ = "categories"

    slug: Mapped[str] = mapped_column(String(80), nullable=False)
    title: Mapped[str] = mapped_column(String(120), nullable=False)
    parent_id: Mapped[Optional[int]] = mapped_column(Integer, ForeignKey("categories.id", name="fk_categories_parent_id_categories", ondelete="SET NULL"), nullable=True)

    parent: Mapped[Optional["Category"]] = relationship(back_populates="children", foreign_keys="[Category.parent_id]", remote_side="Category.id")
    children: Mapped[List["Category"]] = relationship(back_populates="parent", passive_deletes=True, foreign_keys="[Category.parent_id]")

    __table_args__ = (
        UniqueConstraint("slug", name="uq_categories_slug"),
        Index("idx_categories_parent_id", "parent_id"),
    )
