import enum
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Optional
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# The ORM deletes pain points but the database would not; SET NULL on a NOT NULL key.


class FeedbackAnalysis(Base):
    __tablename__ = "feedback_analysis"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    comment_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    pain_points = relationship("PainPoints", back_populates="feedback", cascade="all, delete-orphan")


class PainPoints(Base):
    __tablename__ = "pain_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feedback_id: Mapped[int] = mapped_column(Integer, ForeignKey("feedback_analysis.id", ondelete="RESTRICT"))
    reviewer_feedback_id: Mapped[int] = mapped_column(Integer, ForeignKey("feedback_analysis.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    feedback = relationship("FeedbackAnalysis", back_populates="pain_points")


# Neither side decides: no delete cascade on the relationship, no ON DELETE on the nullable key.


class Board(Base):
    __tablename__ = "boards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    cards = relationship("Card", back_populates="board")


class Card(Base):
    __tablename__ = "cards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    board_id: Mapped[Optional[int]] = mapped_column(Integer, ForeignKey("boards.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    board = relationship("Board", back_populates="cards")
