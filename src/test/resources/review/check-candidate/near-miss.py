import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# Each bounded value has a CHECK (inline, named, or in a table constraint); text "severity_label" is not numeric; price_tier_id is a key.


class PainPoints(Base):
    __tablename__ = "pain_points"
    id = Column(Integer, primary_key=True)
    severity = Column(Integer, CheckConstraint("severity BETWEEN 1 AND 10"), nullable=False)
    unit_price = Column(Numeric(12, 2), nullable=False)
    rating = Column(SmallInteger, nullable=False)
    severity_label = Column(String(20), nullable=False)
    price_tier_id = Column(Integer, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)

    __table_args__ = (
        CheckConstraint("unit_price >= 0", name="ck_pain_points_unit_price"),
        CheckConstraint("rating >= 1 AND rating <= 5"),
    )
