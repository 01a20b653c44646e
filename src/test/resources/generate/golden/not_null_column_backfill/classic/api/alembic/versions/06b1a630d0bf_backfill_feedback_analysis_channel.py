"""Backfill feedback_analysis.channel

Step 2 of 3: fill feedback_analysis.channel for existing rows (channel of existing feedback is
web).

Downgrade leaves the values in place; step 1's downgrade drops the column.

Revision ID: 06b1a630d0bf
Revises: 9996126ae70e
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "06b1a630d0bf"
down_revision = "9996126ae70e"
branch_labels = None
depends_on = None


def upgrade():
    # data: channel of existing feedback is web
    op.execute(sa.text("""UPDATE feedback_analysis SET channel = 'web' WHERE channel IS NULL"""))


def downgrade():
    # nothing to undo: the column is dropped by the previous revision's downgrade
    pass
