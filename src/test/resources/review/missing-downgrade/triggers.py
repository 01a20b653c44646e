"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('priority', sa.Integer(), nullable=True))
    op.create_index('idx_feedback_analysis_user_score', 'feedback_analysis', ['user_score'])


def downgrade() -> None:
    op.drop_column('feedback_analysis', 'priority')
