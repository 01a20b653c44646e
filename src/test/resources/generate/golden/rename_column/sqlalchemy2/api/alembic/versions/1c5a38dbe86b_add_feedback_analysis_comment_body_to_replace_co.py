"""Add feedback_analysis.comment_body to replace comment_text

Step 1 of 3 (renaming feedback_analysis.comment_text to comment_body without breaking running
code): add the new column. Deploy code that writes both columns (dual write) and still reads
comment_text before step 2.

Revision ID: 1c5a38dbe86b
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1c5a38dbe86b"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.add_column("feedback_analysis", sa.Column("comment_body", sa.Text(), nullable=True))


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the values of feedback_analysis.comment_body are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("comment_body")
