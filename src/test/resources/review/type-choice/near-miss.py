import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# timestamptz, numeric money, identity, a hash of fixed size; a float that is not money.


class Orders(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    placed_at = Column(DateTime(timezone=True), nullable=False)
    total_price = Column(Numeric(12, 2), nullable=False)
    sentiment = Column(Float, nullable=False)
    content_hash = Column(String(64), nullable=False)
    legacy_md5 = Column(String(32), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
