"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.create_index('uq_feedback_analysis_customer_id', 'feedback_analysis', ['customer_id'],
                        unique=True, postgresql_concurrently=True)


def downgrade() -> None:
    pass
