"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.create_index('idx_feedback_analysis_user_score', 'feedback_analysis', ['user_score'],
                    postgresql_concurrently=True)


def downgrade() -> None:
    pass
