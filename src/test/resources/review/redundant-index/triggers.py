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


# A prefix of a composite, an exact duplicate, and a copy of the primary key.


class Orders(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer)
    placed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        Index("idx_orders_customer_id", "customer_id"),
        Index("idx_orders_customer_id_placed_at", "customer_id", "placed_at"),
        Index("idx_orders_placed_at", "placed_at"),
        Index("idx_orders_placed_at_copy", "placed_at"),
        Index("idx_orders_id", "id"),
    )
