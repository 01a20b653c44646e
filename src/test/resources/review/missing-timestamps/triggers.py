import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# The skill's pain point table before its BaseModel: neither column; and one missing updated_at.


class PainPoints(Base):
    __tablename__ = "pain_points"
    id = Column(Integer, primary_key=True)
    category = Column(String(50), nullable=False)


class AnalysisCache(Base):
    __tablename__ = "analysis_cache"
    id = Column(Integer, primary_key=True)
    comment_hash = Column(String(64), unique=True, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
