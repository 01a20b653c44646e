"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True,
                  server_default=sa.text('now()')))


def downgrade() -> None:
    pass
