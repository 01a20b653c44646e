import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# idx_<table>_<columns>, the skill's abbreviated idx_pain_category, uq_ for a unique index, ck_ for a check.


class CustomerTimeline(Base):
    __tablename__ = "customer_timeline"
    id = Column(Integer, primary_key=True)
    customer_id = Column(String(100), nullable=False)
    occurred_at = Column(DateTime(timezone=True), nullable=False)
    category = Column(String(50), nullable=False)
    score = Column(Integer, nullable=False)
    external_ref = Column(String(40), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)

    __table_args__ = (
        CheckConstraint("score >= 0", name="ck_customer_timeline_score"),
        Index("idx_customer_timeline_customer_id_occurred_at", "customer_id", "occurred_at"),
        Index("idx_pain_category", "category"),
        Index("uq_customer_timeline_external_ref", "external_ref", unique=True),
    )
