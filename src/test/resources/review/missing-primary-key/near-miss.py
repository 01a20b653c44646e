import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# A surrogate key and a composite natural key both count.


class EventLog(Base):
    __tablename__ = "event_log"
    id = Column(BigInteger, primary_key=True)
    message = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class DailyTotals(Base):
    __tablename__ = "daily_totals"
    day = Column(Date, nullable=False)
    metric = Column(String(50), nullable=False)
    value = Column(Integer, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("day", "metric"),
    )
