"""Add feedback_analysis.priority (nullable)

Step 1 of 3 (adding a NOT NULL column to a populated table): add feedback_analysis.priority as
nullable, which needs no table rewrite. Deploy code that writes priority for new rows before
step 2.

Revision ID: 4f9482fb3500
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "4f9482fb3500"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.add_column("feedback_analysis", sa.Column("priority", sa.Integer(), nullable=True))


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the values of feedback_analysis.priority are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("priority")
