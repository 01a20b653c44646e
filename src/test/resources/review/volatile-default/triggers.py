"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('public_id', sa.Uuid(), nullable=True,
                  server_default=sa.text('gen_random_uuid()')))


def downgrade() -> None:
    pass
