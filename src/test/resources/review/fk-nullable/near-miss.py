import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# Optional on purpose: SET NULL, a self-reference, a comment, a parent_ name, a category the row is sorted into.


class FeedbackAnalysis(Base):
    __tablename__ = "feedback_analysis"
    id = Column(Integer, primary_key=True)
    comment_text = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class FeedbackCategory(Base):
    __tablename__ = "feedback_categories"
    id = Column(Integer, primary_key=True)
    name = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class CustomerTimeline(Base):
    __tablename__ = "customer_timeline"
    id = Column(Integer, primary_key=True)
    feedback_id = Column(Integer, ForeignKey("feedback_analysis.id", ondelete="SET NULL"))
    source_feedback_id = Column(Integer, ForeignKey("feedback_analysis.id", ondelete="CASCADE"), comment="optional: events from other channels have no feedback")
    parent_feedback_id = Column(Integer, ForeignKey("feedback_analysis.id", ondelete="CASCADE"))
    previous_event_id = Column(Integer, ForeignKey("customer_timeline.id", ondelete="CASCADE"))
    category_id = Column(Integer, ForeignKey("feedback_categories.id"))
    occurred_at = Column(DateTime(timezone=True), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
