"""Backfill posts.slug

Step 2 of 3: fill posts.slug for existing rows in batches, committed apart from the schema
change. The value is a placeholder from the column type: replace it with the real rule before
running.

Downgrade leaves the values in place; step 1's downgrade drops the column.

Revision ID: 5d73ab9329e2
Revises: 232550e9a365
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "5d73ab9329e2"
down_revision = "232550e9a365"
branch_labels = None
depends_on = None

BATCH_SIZE = 1000


def upgrade():
    # in batches of BATCH_SIZE rows, so no statement holds locks on the whole table
    bind = op.get_bind()
    while True:
        result = bind.execute(sa.text("UPDATE posts SET slug = '' WHERE id IN (SELECT id FROM posts WHERE slug IS NULL LIMIT " + str(BATCH_SIZE) + ")"))
        if result.rowcount == 0:
            break


def downgrade():
    # nothing to undo: the column is dropped by the previous revision's downgrade
    pass
