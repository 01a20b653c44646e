"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.create_check_constraint('ck_feedback_analysis_comment_text', 'feedback_analysis', 'length(comment_text) > 0')


def downgrade() -> None:
    pass
