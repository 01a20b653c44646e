"""Product: the products table."""
from decimal import Decimal
from typing import TYPE_CHECKING, List

from sqlalchemy import CheckConstraint, Column, Integer, Numeric, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.order_item import OrderItem


class Product(BaseModel):
    __tablename__ = "products"

    sku: Mapped[str] = Column(String(32), nullable=False)
    name: Mapped[str] = Column(String(200), nullable=False)
    price: Mapped[Decimal] = Column(Numeric(10, 2), nullable=False)
    stock: Mapped[int] = Column(Integer, nullable=False, server_default=text("0"))

    order_items: Mapped[List["OrderItem"]] = relationship("OrderItem", back_populates="product")

    __table_args__ = (
        CheckConstraint("price >= 0", name="price_positive"),
        CheckConstraint("stock >= 0", name="stock_positive"),
        UniqueConstraint("sku", name="uq_products_sku"),
    )
