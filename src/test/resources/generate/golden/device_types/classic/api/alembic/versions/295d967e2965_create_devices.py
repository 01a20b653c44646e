"""Create devices

Changes: create table devices.

Revision ID: 295d967e2965
Revises: 
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "295d967e2965"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=36).with_variant(postgresql.UUID(as_uuid=False), "postgresql"), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("installed_on", sa.Date(), nullable=True),
        sa.Column("wake_time", sa.Time(), nullable=True),
        sa.Column("firmware", sa.LargeBinary(), nullable=True),
        sa.Column("battery_level", sa.Float(), nullable=False),
        sa.Column("reading_count", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True, server_default=sa.func.now(), comment="last heartbeat"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("serial", name=op.f("uq_devices_serial")),
        sa.CheckConstraint("battery_level BETWEEN 0 AND 100", name=op.f("ck_devices_battery_level_range")),
        comment="Field devices reporting readings",
    )


def downgrade():
    # data loss: the rows of devices are dropped
    op.drop_table("devices")
