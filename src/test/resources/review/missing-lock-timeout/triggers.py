"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('priority', sa.Integer(), nullable=True))
    op.drop_index('idx_feedback_analysis_high_churn', table_name='feedback_analysis')


def downgrade() -> None:
    pass
