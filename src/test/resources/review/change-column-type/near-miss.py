"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.alter_column('feedback_analysis', 'customer_id', type_=sa.String(200))
    op.alter_column('feedback_analysis', 'comment_text', type_=sa.Text())


def downgrade() -> None:
    pass
