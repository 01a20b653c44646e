"""Create feedback_tags

Changes: create table feedback_tags.

Revision ID: 6e21b551e60b
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "6e21b551e60b"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "feedback_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_tags")),
        sa.ForeignKeyConstraint(["feedback_id"], ["feedback_analysis.id"], name=op.f("fk_feedback_tags_feedback_id_feedback_analysis"), ondelete="CASCADE"),
        sa.UniqueConstraint("feedback_id", "tag", name=op.f("uq_feedback_tags_feedback_id_tag")),
        sa.CheckConstraint("confidence >= 0 AND confidence <= 1", name=op.f("ck_feedback_tags_confidence_range")),
    )
    op.create_index(op.f("idx_feedback_tags_tag"), "feedback_tags", ["tag"], unique=False)


def downgrade():
    # data loss: the rows of feedback_tags are dropped
    op.drop_table("feedback_tags")
