"""Create events, readings, units

Changes: create table events; create table readings; create table units.

Revision ID: 1d1d6ae15d8c
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1d1d6ae15d8c"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_table(
        "readings",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readings")),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_readings_event_id_events"), ondelete="CASCADE"),
    )
    op.create_index(op.f("idx_readings_event_id"), "readings", ["event_id"], unique=False)
    op.create_table(
        "units",
        sa.Column("id", sa.SmallInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("symbol", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
    )


def downgrade():
    # data loss: the rows of units are dropped
    op.drop_table("units")
    # data loss: the rows of readings are dropped
    op.drop_table("readings")
    # data loss: the rows of events are dropped
    op.drop_table("events")
