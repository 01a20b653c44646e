"""FeedbackAnalysis: the feedback_analysis table."""
from typing import TYPE_CHECKING, List, Optional

from sqlalchemy import Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.customer_timeline import CustomerTimeline


class FeedbackAnalysis(BaseModel):
    __tablename__ = "feedback_analysis"

    customer_id: Mapped[str] = mapped_column(String(100), nullable=False)
    comment_text: Mapped[str] = mapped_column(Text, nullable=False)
    user_score: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    sentiment_score: Mapped[Optional[float]] = mapped_column(Float, nullable=True)
    churn_risk: Mapped[Optional[float]] = mapped_column(Float, nullable=True)

    customer_timeline: Mapped[List["CustomerTimeline"]] = relationship(back_populates="feedback", passive_deletes=True)

    __table_args__ = (
        Index("idx_feedback_analysis_customer_id", "customer_id"),
    )
