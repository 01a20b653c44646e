"""Initial schema: feedback_analysis and analysis_cache

Revision ID: 66ca97a22eb4
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "66ca97a22eb4"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "feedback_analysis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=100), nullable=False),
        sa.Column("comment_text", sa.Text(), nullable=False),
        sa.Column("user_score", sa.Integer(), nullable=True),
        sa.Column("sentiment_score", sa.Float(), nullable=True),
        sa.Column("churn_risk", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_analysis")),
    )
    op.create_index(op.f("idx_feedback_analysis_customer_id"), "feedback_analysis", ["customer_id"], unique=False)
    op.create_table(
        "analysis_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("comment_hash", sa.String(length=64), nullable=False),
        sa.Column("cached_result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analysis_cache")),
        sa.UniqueConstraint("comment_hash", name=op.f("uq_analysis_cache_comment_hash")),
    )
    op.create_index(op.f("idx_analysis_cache_expires_at"), "analysis_cache", ["expires_at"], unique=False)


def downgrade():
    # data loss: the rows of analysis_cache are dropped
    op.drop_table("analysis_cache")
    # data loss: the rows of feedback_analysis are dropped
    op.drop_table("feedback_analysis")
