from datetime import datetime
from typing import List

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("sentiment BETWEEN -1 AND 1", name="ck_feedback_sentiment"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    body: Mapped[str] = mapped_column(Text)
    sentiment: Mapped[float]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())

    topics: Mapped[List["FeedbackTopic"]] = relationship(back_populates="feedback", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin")


class FeedbackTopic(Base):
    __tablename__ = "feedback_topics"
    __table_args__ = (Index("idx_feedback_topics_feedback_id", "feedback_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())

    feedback: Mapped["Feedback"] = relationship(back_populates="topics")
