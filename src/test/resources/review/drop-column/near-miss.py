"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('scratch', sa.Integer(), nullable=True))
    op.drop_column('feedback_analysis', 'scratch')


def downgrade() -> None:
    pass
