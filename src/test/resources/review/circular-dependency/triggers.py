import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# customers and addresses reference each other; three tables in a ring.


class Customers(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    primary_address_id = Column(Integer, ForeignKey("addresses.id", ondelete="SET NULL"))
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class Addresses(Base):
    __tablename__ = "addresses"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id", ondelete="CASCADE"), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class ANodes(Base):
    __tablename__ = "a_nodes"
    id = Column(Integer, primary_key=True)
    b_id = Column(Integer, ForeignKey("b_nodes.id", ondelete="SET NULL"))


class BNodes(Base):
    __tablename__ = "b_nodes"
    id = Column(Integer, primary_key=True)
    c_id = Column(Integer, ForeignKey("c_nodes.id", ondelete="SET NULL"))


class CNodes(Base):
    __tablename__ = "c_nodes"
    id = Column(Integer, primary_key=True)
    a_id = Column(Integer, ForeignKey("a_nodes.id", ondelete="SET NULL"))
