"""Backfill feedback_analysis.comment_body from comment_text

Step 2 of 3: copy comment_text into comment_body for existing rows in batches. Then deploy code
that reads comment_body.

Revision ID: 3d9537cdfd98
Revises: 1c5a38dbe86b
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "3d9537cdfd98"
down_revision = "1c5a38dbe86b"
branch_labels = None
depends_on = None

BATCH_SIZE = 1000


def upgrade():
    # in batches of BATCH_SIZE rows, so no statement holds locks on the whole table
    bind = op.get_bind()
    while True:
        result = bind.execute(sa.text("UPDATE feedback_analysis SET comment_body = comment_text WHERE id IN (SELECT id FROM feedback_analysis WHERE comment_body IS NULL AND comment_text IS NOT NULL LIMIT " + str(BATCH_SIZE) + ")"))
        if result.rowcount == 0:
            break


def downgrade():
    # nothing to undo: values stay until the previous revision's downgrade drops the column
    pass
