"""AnalysisCache: the analysis_cache table."""
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped

from app.domain.models.base import Base


class AnalysisCache(Base):
    __tablename__ = "analysis_cache"

    id: Mapped[int] = Column(Integer, primary_key=True, nullable=False)
    comment_hash: Mapped[str] = Column(String(64), nullable=False)
    cached_result: Mapped[Any] = Column(JSON, nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False)
    expires_at: Mapped[datetime] = Column(DateTime, nullable=False)

    __table_args__ = (
        UniqueConstraint("comment_hash", name="uq_analysis_cache_comment_hash"),
        Index("idx_analysis_cache_expires_at", "expires_at"),
    )
