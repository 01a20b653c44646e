"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.create_table('customers', sa.Column('id', sa.String(100), primary_key=True))
    op.create_foreign_key('fk_feedback_analysis_customer_id', 'feedback_analysis', 'customers', ['customer_id'], ['id'],
                          postgresql_not_valid=True)


def downgrade() -> None:
    pass
