"""CustomerTimeline: the customer_timeline table."""
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.feedback_analysis import FeedbackAnalysis


class CustomerTimeline(BaseModel):
    __tablename__ = "customer_timeline"

    customer_id: Mapped[str] = Column(String(100), nullable=False)
    feedback_id: Mapped[Optional[int]] = Column(Integer, ForeignKey("feedback_analysis.id", name="fk_customer_timeline_feedback_id_feedback_analysis", ondelete="SET NULL"), nullable=True)
    event_type: Mapped[str] = Column(String(50), nullable=False)
    event_data: Mapped[Optional[Any]] = Column(JSON, nullable=True)
    occurred_at: Mapped[datetime] = Column(DateTime, nullable=False)

    feedback: Mapped[Optional["FeedbackAnalysis"]] = relationship("FeedbackAnalysis", back_populates="customer_timeline")

    __table_args__ = (
        Index("idx_customer_timeline", "customer_id", "occurred_at"),
        Index("idx_timeline_event_type", "event_type"),
        Index("idx_customer_timeline_feedback_id", "feedback_id"),
    )
