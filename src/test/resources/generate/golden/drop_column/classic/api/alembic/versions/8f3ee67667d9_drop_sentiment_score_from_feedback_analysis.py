"""Drop sentiment_score from feedback_analysis

Changes: drop column sentiment_score from feedback_analysis.

Revision ID: 8f3ee67667d9
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "8f3ee67667d9"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the values of feedback_analysis.sentiment_score are dropped; a downgrade restores the column, not its values
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("sentiment_score")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.add_column("feedback_analysis", sa.Column("sentiment_score", sa.Float(), nullable=True))
