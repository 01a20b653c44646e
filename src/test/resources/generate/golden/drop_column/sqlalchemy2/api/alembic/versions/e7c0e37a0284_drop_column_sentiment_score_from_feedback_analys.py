"""Drop column sentiment_score from feedback_analysis

Revision ID: e7c0e37a0284
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "e7c0e37a0284"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    # data loss: the values of feedback_analysis.sentiment_score are dropped; a downgrade restores the column, not its values
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("sentiment_score")


def downgrade():
    op.add_column("feedback_analysis", sa.Column("sentiment_score", sa.Float(), nullable=True))
