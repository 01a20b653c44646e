"""Backfill feedback_analysis.channel

Step 2 of 3: fill feedback_analysis.channel for existing rows (channel of existing feedback is
web).

Downgrade leaves the values in place; step 1's downgrade drops the column.

Revision ID: 7cda15ba4710
Revises: 5b41589ac94e
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "7cda15ba4710"
down_revision = "5b41589ac94e"
branch_labels = None
depends_on = None

BATCH_SIZE = 1000


def upgrade():
    # in batches of BATCH_SIZE rows, so no statement holds locks on the whole table
    bind = op.get_bind()
    while True:
        result = bind.execute(sa.text("UPDATE feedback_analysis SET channel = 'web' WHERE id IN (SELECT id FROM feedback_analysis WHERE channel IS NULL LIMIT " + str(BATCH_SIZE) + ")"))
        if result.rowcount == 0:
            break


def downgrade():
    # nothing to undo: the column is dropped by the previous revision's downgrade
    pass
