"""Create pain_points

Changes: create table pain_points.

Revision ID: bbeeb641653b
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "bbeeb641653b"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "pain_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("subcategory", sa.String(length=50), nullable=True),
        sa.Column("keywords", sa.String(length=500), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pain_points")),
        sa.ForeignKeyConstraint(["feedback_id"], ["feedback_analysis.id"], name=op.f("fk_pain_points_feedback_id_feedback_analysis"), ondelete="CASCADE"),
        sa.CheckConstraint("severity BETWEEN 1 AND 10", name=op.f("ck_pain_points_severity_range")),
    )
    op.create_index(op.f("idx_pain_category"), "pain_points", ["category"], unique=False)
    op.create_index(op.f("idx_pain_severity"), "pain_points", ["severity"], unique=False)
    op.create_index(op.f("idx_pain_feedback_category"), "pain_points", ["feedback_id", "category"], unique=False)


def downgrade():
    # data loss: the rows of pain_points are dropped
    op.drop_table("pain_points")
