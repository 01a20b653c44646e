"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.alter_column('feedback_analysis', 'user_score', nullable=False)


def downgrade() -> None:
    pass
