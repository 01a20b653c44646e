"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.rename_table('analysis_cache', 'result_cache')


def downgrade() -> None:
    pass
