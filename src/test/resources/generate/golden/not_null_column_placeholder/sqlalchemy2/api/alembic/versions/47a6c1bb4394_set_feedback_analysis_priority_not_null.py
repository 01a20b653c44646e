"""Set feedback_analysis.priority NOT NULL

Step 3 of 3: set feedback_analysis.priority NOT NULL once every row has a value. On PostgreSQL
this scans the table under an exclusive lock; for very large tables add CHECK (priority IS NOT
NULL) NOT VALID, VALIDATE it, then SET NOT NULL.

Revision ID: 47a6c1bb4394
Revises: 0333626e37c0
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "47a6c1bb4394"
down_revision = "0333626e37c0"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("priority", existing_type=sa.Integer(), existing_nullable=True, nullable=False)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("priority", existing_type=sa.Integer(), existing_nullable=False, nullable=True)
