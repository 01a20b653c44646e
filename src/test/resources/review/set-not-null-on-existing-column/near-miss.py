"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.create_check_constraint('ck_feedback_analysis_user_score_not_null', 'feedback_analysis', 'user_score IS NOT NULL',
                               postgresql_not_valid=True)
    op.alter_column('feedback_analysis', 'comment_text', nullable=False)


def downgrade() -> None:
    pass
