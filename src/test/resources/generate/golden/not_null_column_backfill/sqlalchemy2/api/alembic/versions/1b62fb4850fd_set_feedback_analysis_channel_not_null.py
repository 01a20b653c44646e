"""Set feedback_analysis.channel NOT NULL

Step 3 of 3: set feedback_analysis.channel NOT NULL once every row has a value. On PostgreSQL
this scans the table under an exclusive lock; for very large tables add CHECK (channel IS NOT
NULL) NOT VALID, VALIDATE it, then SET NOT NULL.

Revision ID: 1b62fb4850fd
Revises: 06b1a630d0bf
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1b62fb4850fd"
down_revision = "06b1a630d0bf"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("channel", existing_type=sa.String(length=20), existing_nullable=True, nullable=False)


def downgrade():
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("channel", existing_type=sa.String(length=20), existing_nullable=False, nullable=True)
