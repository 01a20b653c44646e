from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Optional

from sqlalchemy import ForeignKey, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

intpk = Annotated[int, mapped_column(primary_key=True)]
timestamp = Annotated[datetime.datetime, mapped_column(server_default=func.now())]
money = Annotated[Decimal, mapped_column(Numeric(12, 2))]


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[intpk]
    email: Mapped[str] = mapped_column(String(254), unique=True)
    vat_number: Mapped[Optional[str]] = mapped_column(String(20))
    created_at: Mapped[timestamp]
    updated_at: Mapped[timestamp]

    invoices: Mapped[list[Invoice]] = relationship(back_populates="customer")


class Invoice(Base):
    __tablename__ = "invoices"

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_number: Mapped[str] = mapped_column(String(30), unique=True)
    total: Mapped[money]
    created_at: Mapped[timestamp]
    updated_at: Mapped[timestamp]

    customer: Mapped[Customer] = relationship(back_populates="invoices")
    lines: Mapped[list[InvoiceLine]] = relationship(back_populates="invoice")


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[intpk]
    invoice_id: Mapped[Optional[int]] = mapped_column(ForeignKey("invoices.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int]
    unit_price: Mapped[money]
    created_at: Mapped[timestamp]
    updated_at: Mapped[timestamp]

    invoice: Mapped[Optional[Invoice]] = relationship(back_populates="lines")
