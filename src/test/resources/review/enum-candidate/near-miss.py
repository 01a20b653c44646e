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


class PainPointCategory(enum.Enum):
    CONNECTIVITY = "CONNECTIVITY"
    SPEED = "SPEED"
    SUPPORT = "SUPPORT"
    BILLING = "BILLING"

# An enum type, a CHECK … IN list, and a one-word subcategory.


class PainPoints(Base):
    __tablename__ = "pain_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(Enum(PainPointCategory, name='pain_point_category'))
    status: Mapped[str] = mapped_column(String(20), CheckConstraint("status IN ('open', 'closed')"))
    subcategory: Mapped[Optional[str]] = mapped_column(String(50))
    status_note: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
