"""FeedbackAnalysis: the feedback_analysis table."""
from typing import Optional

from sqlalchemy import Column, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped

from app.domain.models.base import BaseModel


class FeedbackAnalysis(BaseModel):
    __tablename__ = "feedback_analysis"

    customer_id: Mapped[str] = Column(String(100), nullable=False)
    comment_text: Mapped[str] = Column(Text, nullable=False)
    user_score: Mapped[Optional[int]] = Column(Integer, nullable=True)
    sentiment_score: Mapped[Optional[float]] = Column(Float, nullable=True)
    churn_risk: Mapped[Optional[float]] = Column(Float, nullable=True)

    __table_args__ = (
        UniqueConstraint("customer_id", "created_at", name="uq_feedback_analysis_customer_id_created_at"),
        Index("idx_feedback_analysis_customer_id", "customer_id"),
    )
