"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.alter_column('feedback_analysis', 'comment_text', new_column_name='body')


def downgrade() -> None:
    pass
