"""Set feedback_analysis.channel NOT NULL

Step 3 of 3: set feedback_analysis.channel NOT NULL once every row has a value. On PostgreSQL
this scans the table under an exclusive lock; for very large tables add CHECK (channel IS NOT
NULL) NOT VALID, VALIDATE it, then SET NOT NULL.

Revision ID: 65f684b28a9c
Revises: 7cda15ba4710
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "65f684b28a9c"
down_revision = "7cda15ba4710"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("channel", existing_type=sa.String(length=20), existing_nullable=True, nullable=False)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("channel", existing_type=sa.String(length=20), existing_nullable=False, nullable=True)
