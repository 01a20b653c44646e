"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.drop_index('idx_feedback_analysis_high_churn', table_name='feedback_analysis',
                      postgresql_concurrently=True)


def downgrade() -> None:
    pass
