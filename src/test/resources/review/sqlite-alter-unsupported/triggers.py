# @dialect sqlite
"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.alter_column('feedback_analysis', 'user_score', nullable=False)
    op.create_unique_constraint('uq_feedback_analysis_customer_id', 'feedback_analysis', ['customer_id'])


def downgrade() -> None:
    pass
