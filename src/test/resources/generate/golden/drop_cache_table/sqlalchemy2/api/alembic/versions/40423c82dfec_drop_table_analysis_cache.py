"""Drop table analysis_cache

Changes: drop table analysis_cache.

Revision ID: 40423c82dfec
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "40423c82dfec"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the rows of analysis_cache are dropped; a downgrade restores the table, not its rows
    op.drop_table("analysis_cache")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
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
