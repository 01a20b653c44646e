"""Add feedback_analysis.channel (nullable)

Step 1 of 3 (adding a NOT NULL column to a populated table): add feedback_analysis.channel as
nullable, which needs no table rewrite. Deploy code that writes channel for new rows before step
2.

Revision ID: 9996126ae70e
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "9996126ae70e"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("feedback_analysis", sa.Column("channel", sa.String(length=20), nullable=True))


def downgrade():
    # data loss: the values of feedback_analysis.channel are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("channel")
