"""FeedbackAnalysis: the feedback_analysis table."""
from typing import Optional

from sqlalchemy import Column, Enum, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped

from app.domain.models.base import BaseModel
from app.domain.models.enums import FeedbackStatus


class FeedbackAnalysis(BaseModel):
    __tablename__ = "feedback_analysis"

    customer_id: Mapped[str] = Column(String(100), nullable=False)
    comment_text: Mapped[str] = Column(Text, nullable=False)
    user_score: Mapped[Optional[int]] = Column(Integer, nullable=True)
    sentiment_score: Mapped[Optional[float]] = Column(Float, nullable=True)
    churn_risk: Mapped[Optional[float]] = Column(Float, nullable=True)
    status: Mapped[FeedbackStatus] = Column(Enum(FeedbackStatus, name="feedback_status", values_callable=lambda members: [m.value for m in members]), nullable=False, server_default="new")

    __table_args__ = (
        Index("idx_feedback_analysis_customer_id", "customer_id"),
    )
