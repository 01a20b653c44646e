from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# Aggregates narrowed to one parent, and an aggregate without GROUP BY.


# @query SELECT category, count(*) FROM pain_points WHERE feedback_id = ? GROUP BY category


# @query SELECT count(*) FROM feedback_analysis WHERE churn_risk > 70


class FeedbackAnalysis(Base):
    __tablename__ = "feedback_analysis"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(100))
    comment_text: Mapped[str] = mapped_column(Text)
    churn_risk: Mapped[int] = mapped_column(Integer)
    user_score: Mapped[int] = mapped_column(Integer)
    # "metadata" is reserved on declarative classes, hence the attribute name
    metadata_: Mapped[dict] = mapped_column("metadata", JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        CheckConstraint("churn_risk BETWEEN 0 AND 100"),
        CheckConstraint("user_score BETWEEN 0 AND 10"),
    )


class PainPoint(Base):
    __tablename__ = "pain_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback_analysis.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(50))
    severity: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 10"),
    )
