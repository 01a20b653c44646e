"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import Base, BaseModel
from app.domain.models.order import Order
from app.domain.models.order_item import OrderItem
from app.domain.models.product import Product

__all__ = [
    "Base",
    "BaseModel",
    "Order",
    "OrderItem",
    "Product",
]
