"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.add_column('feedback_analysis', sa.Column('priority', sa.Integer(), nullable=True))
    op.create_table('tags',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
    )
    op.create_index('idx_tags_name', 'tags', ['name'])


def downgrade() -> None:
    pass
