import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# Timestamp without zone, a float price, and unbounded hashes. (A serial default is read as identity by the SQL importer; ReviewerTest covers it.)


class Orders(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    placed_at = Column(DateTime, nullable=False)
    total_price = Column(Float, nullable=False)
    content_hash = Column(Text, nullable=False)
    legacy_md5 = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
