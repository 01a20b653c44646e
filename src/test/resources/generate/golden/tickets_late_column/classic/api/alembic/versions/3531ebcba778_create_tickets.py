"""Create tickets

Changes: create table tickets; add column priority to tickets; create index idx_tickets_priority
on tickets (priority).

Revision ID: 3531ebcba778
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "3531ebcba778"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
    )
    # tickets may hold rows: add priority as nullable, fill it, then set NOT NULL
    op.add_column("tickets", sa.Column("priority", sa.SmallInteger(), nullable=True))
    op.execute(sa.text("UPDATE tickets SET priority = 0 WHERE priority IS NULL"))
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.alter_column("priority", existing_type=sa.SmallInteger(), nullable=False)
    op.create_index(op.f("idx_tickets_priority"), "tickets", ["priority"], unique=False)


def downgrade():
    op.drop_index(op.f("idx_tickets_priority"), table_name="tickets")
    # data loss: the values of tickets.priority are dropped
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.drop_column("priority")
    # data loss: the rows of tickets are dropped
    op.drop_table("tickets")
