import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# The skill's customer_timeline: feedback_id may be NULL for no stated reason.


class FeedbackAnalysis(Base):
    __tablename__ = "feedback_analysis"
    id = Column(Integer, primary_key=True)
    comment_text = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class CustomerTimeline(Base):
    __tablename__ = "customer_timeline"
    id = Column(Integer, primary_key=True)
    feedback_id = Column(Integer, ForeignKey("feedback_analysis.id", ondelete="CASCADE"))
    occurred_at = Column(DateTime(timezone=True), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
