"""Order: the orders table."""
from datetime import datetime
from typing import TYPE_CHECKING, List

from sqlalchemy import Column, DateTime, Enum, Index, String
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel
from app.domain.models.enums import OrderStatus

if TYPE_CHECKING:
    from app.domain.models.order_item import OrderItem


class Order(BaseModel):
    __tablename__ = "orders"

    customer_email: Mapped[str] = Column(String(255), nullable=False)
    status: Mapped[OrderStatus] = Column(Enum(OrderStatus, name="order_status", values_callable=lambda members: [m.value for m in members]), nullable=False, server_default="pending")
    placed_at: Mapped[datetime] = Column(DateTime(timezone=True), nullable=False)

    order_items: Mapped[List["OrderItem"]] = relationship("OrderItem", back_populates="order", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        Index("idx_orders_status", "status"),
        Index("idx_orders_customer_email_placed_at", "customer_email", "placed_at"),
    )
