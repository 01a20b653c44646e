"""OrderItem: the order_items table."""
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, Numeric, UniqueConstraint
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.order import Order
    from app.domain.models.product import Product


class OrderItem(BaseModel):
    __tablename__ = "order_items"

    order_id: Mapped[int] = Column(Integer, ForeignKey("orders.id", name="fk_order_items_order_id_orders", ondelete="CASCADE"), nullable=False)
    product_id: Mapped[int] = Column(Integer, ForeignKey("products.id", name="fk_order_items_product_id_products", ondelete="RESTRICT"), nullable=False)
    quantity: Mapped[int] = Column(Integer, nullable=False)
    unit_price: Mapped[Decimal] = Column(Numeric(10, 2), nullable=False)

    order: Mapped["Order"] = relationship("Order", back_populates="order_items")
    product: Mapped["Product"] = relationship("Product", back_populates="order_items")

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        UniqueConstraint("order_id", "product_id", name="uq_order_items_order_id_product_id"),
        Index("idx_order_items_product_id", "product_id"),
    )
