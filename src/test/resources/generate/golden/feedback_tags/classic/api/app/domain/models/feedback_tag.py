"""FeedbackTag: the feedback_tags table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import CheckConstraint, Column, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.feedback_analysis import FeedbackAnalysis


class FeedbackTag(BaseModel):
    __tablename__ = "feedback_tags"

    feedback_id: Mapped[int] = Column(Integer, ForeignKey("feedback_analysis.id", name="fk_feedback_tags_feedback_id_feedback_analysis", ondelete="CASCADE"), nullable=False)
    tag: Mapped[str] = Column(String(40), nullable=False)
    confidence: Mapped[Optional[float]] = Column(Float, nullable=True)

    feedback: Mapped["FeedbackAnalysis"] = relationship("FeedbackAnalysis", back_populates="feedback_tags")

    __table_args__ = (
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
        UniqueConstraint("feedback_id", "tag", name="uq_feedback_tags_feedback_id_tag"),
        Index("idx_feedback_tags_tag", "tag"),
    )
