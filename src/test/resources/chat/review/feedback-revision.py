"""add language to feedback_analysis

Revision ID: b2c3d4e5f6a7
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

revision = "b2c3d4e5f6a7"
down_revision = "66ca97a22eb4"


def upgrade():
    op.add_column("feedback_analysis", sa.Column("language", sa.String(8), nullable=False))
    op.create_index("idx_feedback_analysis_language", "feedback_analysis", ["language"])


def downgrade():
    op.drop_index("idx_feedback_analysis_language", table_name="feedback_analysis")
    op.drop_column("feedback_analysis", "language")
