"""Document: the documents table."""
from typing import Optional

from sqlalchemy import Column, Index, String, Text, text
from sqlalchemy.orm import Mapped

from app.domain.models.base import AuditMixin, BaseModel, SoftDeleteMixin, VersionedMixin


class Document(SoftDeleteMixin, AuditMixin, VersionedMixin, BaseModel):
    __tablename__ = "documents"

    title: Mapped[str] = Column(String(200), nullable=False)
    body: Mapped[Optional[str]] = Column(Text, nullable=True)

    __table_args__ = (
        Index("idx_documents_live_title", "title", postgresql_where=text("deleted_at IS NULL"), sqlite_where=text("deleted_at IS NULL")),
    )
