# @observe
"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.execute("ALTER TABLE feedback_analysis ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY")


def downgrade() -> None:
    op.drop_column('feedback_analysis', 'seq')
