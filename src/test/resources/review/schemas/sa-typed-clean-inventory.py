from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class AuditMixin:
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class Warehouse(AuditMixin, Base):
    __tablename__ = "warehouses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))

    bins: Mapped[list[Bin]] = relationship(back_populates="warehouse", cascade="all, delete-orphan", passive_deletes=True)


class Zone(AuditMixin, Base):
    __tablename__ = "zones"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(40))

    bins: Mapped[list[Bin]] = relationship(back_populates="zone")


class Bin(AuditMixin, Base):
    __tablename__ = "bins"
    __table_args__ = (UniqueConstraint("warehouse_id", "bin_code", name="uq_bins_warehouse_id_bin_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id", ondelete="CASCADE"))
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zones.id"), index=True)
    bin_code: Mapped[str] = mapped_column(String(16))

    warehouse: Mapped[Warehouse] = relationship(back_populates="bins")
    zone: Mapped[Optional[Zone]] = relationship(back_populates="bins")


class StockLevel(AuditMixin, Base):
    __tablename__ = "stock_levels"
    __table_args__ = (
        UniqueConstraint("bin_id", "item_sku", name="uq_stock_levels_bin_id_item_sku"),
        CheckConstraint("quantity >= 0", name="ck_stock_levels_quantity"),
        Index("ix_stock_levels_item_sku", "item_sku"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id", ondelete="CASCADE"))
    item_sku: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(default=0)
    unit_cost: Mapped[Optional[Decimal]] = mapped_column(Numeric(12, 2))
