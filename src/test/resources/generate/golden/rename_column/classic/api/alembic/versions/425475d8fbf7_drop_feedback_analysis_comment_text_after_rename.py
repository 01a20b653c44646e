"""Drop feedback_analysis.comment_text after rename to comment_body

Step 3 of 3 (contract): once no code reads or writes comment_text, drop it. The downgrade
restores it from comment_body.

Revision ID: 425475d8fbf7
Revises: 0b675f1569fb
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "425475d8fbf7"
down_revision = "0b675f1569fb"
branch_labels = None
depends_on = None

BATCH_SIZE = 1000


def upgrade():
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("comment_body", existing_type=sa.Text(), existing_nullable=True, nullable=False)
    # data loss: the values of feedback_analysis.comment_text are dropped; a downgrade restores the column, not its values
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("comment_text")


def downgrade():
    op.add_column("feedback_analysis", sa.Column("comment_text", sa.Text(), nullable=True))
    # in batches of BATCH_SIZE rows, so no statement holds locks on the whole table
    bind = op.get_bind()
    while True:
        result = bind.execute(sa.text("UPDATE feedback_analysis SET comment_text = comment_body WHERE id IN (SELECT id FROM feedback_analysis WHERE comment_text IS NULL AND comment_body IS NOT NULL LIMIT " + str(BATCH_SIZE) + ")"))
        if result.rowcount == 0:
            break
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("comment_text", existing_type=sa.Text(), existing_nullable=True, nullable=False)
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("comment_body", existing_type=sa.Text(), existing_nullable=False, nullable=True)
