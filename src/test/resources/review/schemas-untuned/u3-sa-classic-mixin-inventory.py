# stockroom/models.py
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class IdMixin:
    id = Column(BigInteger, primary_key=True)


class AuditMixin:
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )


class Warehouse(IdMixin, AuditMixin, Base):
    __tablename__ = "warehouses"

    code = Column(String(8), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    street = Column(String(200), nullable=False)
    city = Column(String(80), nullable=False)


class StockItem(IdMixin, AuditMixin, Base):
    __tablename__ = "stock_items"
    __table_args__ = (
        UniqueConstraint("warehouse_id", "sku", name="uq_stock_items_warehouse_id_sku"),
    )

    warehouse_id = Column(
        BigInteger, ForeignKey("warehouses.id", ondelete="RESTRICT"), nullable=False
    )
    warehouse_city = Column(String(80))
    sku = Column(String(40), nullable=False)
    description = Column(String(300))
    bin_location = Column(String(16))
    quantity_on_hand = Column(Integer, nullable=False, default=0)
    reorder_level = Column(Integer, nullable=False, default=0)

    warehouse = relationship("Warehouse", backref="stock_items")


class StockMovement(IdMixin, AuditMixin, Base):
    __tablename__ = "stock_movements"

    stock_item_id = Column(
        BigInteger, ForeignKey("stock_items.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    movement_type = Column(String(20), nullable=False)  # receipt / pick / adjustment / transfer
    quantity = Column(Integer, nullable=False)  # signed: negative for picks and write-offs
    reference = Column(String(64))

    stock_item = relationship("StockItem", backref="movements")
