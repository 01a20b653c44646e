"""FeedbackAnalysis: the feedback_analysis table."""
from typing import TYPE_CHECKING, Optional

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.agent import Agent


class FeedbackAnalysis(BaseModel):
    __tablename__ = "feedback_analysis"

    customer_id: Mapped[str] = mapped_column(String(100), nullable=False)
    comment_text: Mapped[str] = mapped_column(Text, nullable=False)
    user_score: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    sentiment_score: Mapped[Optional[float]] = mapped_column(Float, nullable=True)
    churn_risk: Mapped[Optional[float]] = mapped_column(Float, nullable=True)
    agent_id: Mapped[Optional[int]] = mapped_column(Integer, ForeignKey("agents.id", name="fk_feedback_analysis_agent_id_agents", ondelete="SET NULL"), nullable=True)

    agent: Mapped[Optional["Agent"]] = relationship(back_populates="feedback_analysis")

    __table_args__ = (
        Index("idx_feedback_analysis_customer_id", "customer_id"),
        Index("idx_feedback_analysis_agent_id", "agent_id"),
    )
