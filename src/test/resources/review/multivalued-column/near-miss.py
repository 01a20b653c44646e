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


# One keyword per row, tags as JSON, a singular keyword.


class PainPoints(Base):
    __tablename__ = "pain_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tags: Mapped[Optional[dict]] = mapped_column(JSONB)
    primary_keyword: Mapped[Optional[str]] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PainPointKeywords(Base):
    __tablename__ = "pain_point_keywords"
    pain_point_id: Mapped[int] = mapped_column(Integer, ForeignKey("pain_points.id", ondelete="CASCADE"))
    keyword: Mapped[str] = mapped_column(String(100))

    __table_args__ = (
        PrimaryKeyConstraint("pain_point_id", "keyword"),
    )
