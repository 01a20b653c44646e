"""Add feedback_analysis.priority (nullable)

Step 1 of 3 (adding a NOT NULL column to a populated table): add feedback_analysis.priority as
nullable, which needs no table rewrite. Deploy code that writes priority for new rows before
step 2.

Revision ID: 5da3d1729613
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "5da3d1729613"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("feedback_analysis", sa.Column("priority", sa.Integer(), nullable=True))


def downgrade():
    # data loss: the values of feedback_analysis.priority are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("priority")
