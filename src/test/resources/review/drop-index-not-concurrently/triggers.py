"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.drop_index('idx_feedback_analysis_high_churn', table_name='feedback_analysis')


def downgrade() -> None:
    pass
