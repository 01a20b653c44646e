"""Add feedback_analysis.comment_body to replace comment_text

Step 1 of 3 (renaming feedback_analysis.comment_text to comment_body without breaking running
code): add the new column. Deploy code that writes both columns (dual write) and still reads
comment_text before step 2.

Revision ID: 0e030a5eb87a
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "0e030a5eb87a"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("feedback_analysis", sa.Column("comment_body", sa.Text(), nullable=True))


def downgrade():
    # data loss: the values of feedback_analysis.comment_body are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("comment_body")
