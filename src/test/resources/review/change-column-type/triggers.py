"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.alter_column('feedback_analysis', 'customer_id', type_=sa.String(50))
    op.alter_column('feedback_analysis', 'churn_risk', type_=sa.Numeric(4, 1))


def downgrade() -> None:
    pass
