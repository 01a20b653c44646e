# @dialect sqlite
"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    with op.batch_alter_table('feedback_analysis') as batch_op:
        batch_op.alter_column('user_score', nullable=False)
        batch_op.create_unique_constraint('uq_feedback_analysis_customer_id', ['customer_id'])
    op.add_column('feedback_analysis', sa.Column('note', sa.Text(), nullable=True))


def downgrade() -> None:
    pass
