import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# Numbers that are part of a name (ipv4/ipv6, sha256), and a single numbered column.


class Customers(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    ipv4 = Column(String(15))
    ipv6 = Column(String(45))
    sha256 = Column(String(64))
    address_line1 = Column(String(100))
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
