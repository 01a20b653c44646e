from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# Covered by INCLUDE; SELECT * and a lookup by primary key are not candidates.


# @query SELECT user_score, churn_risk FROM feedback_analysis WHERE customer_id = ?


# @query SELECT * FROM feedback_analysis WHERE customer_id = ?


# @query SELECT comment_text FROM feedback_analysis WHERE id = ?


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
        Index("idx_feedback_analysis_customer_id", "customer_id", postgresql_include=["user_score", "churn_risk"]),
    )
