"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.add_column('feedback_analysis', sa.Column('priority', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('feedback_analysis', sa.Column('note', sa.Text(), nullable=True))
    op.create_table('tags',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
    )
    op.add_column('tags', sa.Column('slug', sa.String(50), nullable=False))


def downgrade() -> None:
    pass
