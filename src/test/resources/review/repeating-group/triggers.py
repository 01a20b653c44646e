import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# Numbered phones and tags.


class Customers(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    phone1 = Column(String(20))
    phone2 = Column(String(20))
    phone3 = Column(String(20))
    tag_1 = Column(String(30))
    tag_2 = Column(String(30))
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
