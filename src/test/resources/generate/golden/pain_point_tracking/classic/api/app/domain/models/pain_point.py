"""PainPoint: the pain_points table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.feedback_analysis import FeedbackAnalysis


class PainPoint(BaseModel):
    __tablename__ = "pain_points"

    feedback_id: Mapped[int] = Column(Integer, ForeignKey("feedback_analysis.id", name="fk_pain_points_feedback_id_feedback_analysis", ondelete="CASCADE"), nullable=False)
    category: Mapped[str] = Column(String(50), nullable=False)
    subcategory: Mapped[Optional[str]] = Column(String(50), nullable=True)
    keywords: Mapped[Optional[str]] = Column(String(500), nullable=True)
    severity: Mapped[int] = Column(Integer, nullable=False)

    feedback: Mapped["FeedbackAnalysis"] = relationship("FeedbackAnalysis", back_populates="pain_points")

    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 10", name="severity_range"),
        Index("idx_pain_category", "category"),
        Index("idx_pain_severity", "severity"),
        Index("idx_pain_feedback_category", "feedback_id", "category"),
    )
