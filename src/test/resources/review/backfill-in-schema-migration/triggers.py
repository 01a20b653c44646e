"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('priority', sa.Integer(), nullable=True))
    op.execute("UPDATE feedback_analysis SET priority = 0")


def downgrade() -> None:
    pass
