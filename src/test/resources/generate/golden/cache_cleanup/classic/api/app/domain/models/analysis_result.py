"""AnalysisResult: the analysis_results table."""
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Integer, String
from sqlalchemy.orm import Mapped

from app.domain.models.base import Base


class AnalysisResult(Base):
    __tablename__ = "analysis_results"

    id: Mapped[int] = Column(Integer, primary_key=True, nullable=False)
    comment_hash: Mapped[str] = Column(String(64), nullable=False)
    cached_result: Mapped[Any] = Column(JSON, nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False)
    expires_at: Mapped[datetime] = Column(DateTime, nullable=False)
