# @observe
"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('seq', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column('feedback_analysis', 'seq')
