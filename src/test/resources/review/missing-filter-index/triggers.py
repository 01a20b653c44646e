from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# The cache is expired by expires_at; a declared pattern filters feedback by customer.


# @query SELECT id FROM analysis_cache WHERE expires_at < now()


# @query SELECT * FROM feedback_analysis WHERE customer_id = ?


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


class AnalysisCache(Base):
    __tablename__ = "analysis_cache"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    comment_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
