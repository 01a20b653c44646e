"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.drop_table('analysis_cache')


def downgrade() -> None:
    pass
