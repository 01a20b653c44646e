"""Drop feedback_analysis.comment_text after rename to comment_body

Step 3 of 3 (contract): once no code reads or writes comment_text, drop it. The downgrade
restores it from comment_body.

Revision ID: 8df3f9dbaacc
Revises: 3d9537cdfd98
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "8df3f9dbaacc"
down_revision = "3d9537cdfd98"
branch_labels = None
depends_on = None

BATCH_SIZE = 1000


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("comment_body", existing_type=sa.Text(), existing_nullable=True, nullable=False)
    # data loss: the values of feedback_analysis.comment_text are dropped; a downgrade restores the column, not its values
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("comment_text")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
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
