"""Create products, orders, order_items

Changes: create enum order_status [pending, paid, shipped, cancelled]; create table products;
create table orders; create table order_items.

Revision ID: ca573a746364
Revises: 
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "ca573a746364"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    sa.Enum("pending", "paid", "shipped", "cancelled", name="order_status").create(op.get_bind(), checkfirst=True)
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("price", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("sku", name=op.f("uq_products_sku")),
        sa.CheckConstraint("price >= 0", name=op.f("ck_products_price_positive")),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_products_stock_positive")),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_email", sa.String(length=255), nullable=False),
        sa.Column("status", postgresql.ENUM("pending", "paid", "shipped", "cancelled", name="order_status", create_type=False), nullable=False, server_default="pending"),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        # SQLite has no enum type: a CHECK keeps the column to the enum's values
        *([sa.CheckConstraint("status IN ('pending', 'paid', 'shipped', 'cancelled')", name=op.f("ck_orders_status_enum"))] if op.get_bind().dialect.name == "sqlite" else []),
    )
    op.create_index(op.f("idx_orders_status"), "orders", ["status"], unique=False)
    op.create_index(op.f("idx_orders_customer_email_placed_at"), "orders", ["customer_email", "placed_at"], unique=False)
    op.create_table(
        "order_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_items")),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_order_items_order_id_orders"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_order_items_product_id_products"), ondelete="RESTRICT"),
        sa.UniqueConstraint("order_id", "product_id", name=op.f("uq_order_items_order_id_product_id")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_order_items_quantity_positive")),
    )
    op.create_index(op.f("idx_order_items_product_id"), "order_items", ["product_id"], unique=False)


def downgrade():
    # data loss: the rows of order_items are dropped
    op.drop_table("order_items")
    # data loss: the rows of orders are dropped
    op.drop_table("orders")
    # data loss: the rows of products are dropped
    op.drop_table("products")
    # PostgreSQL keeps enum types after DROP TABLE; without this the next upgrade fails with "type already exists"
    sa.Enum(name="order_status").drop(op.get_bind(), checkfirst=True)
