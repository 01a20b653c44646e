"""Unique index posts (slug)

Changes: create unique index idx_posts_slug on posts (slug).

Revision ID: 26c8a5b0a9b3
Revises: 6699bbb07258
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "26c8a5b0a9b3"
down_revision = "6699bbb07258"
branch_labels = None
depends_on = None


def upgrade():
    # CONCURRENTLY cannot run inside a transaction: commit what ran so far and build the index without blocking writes
    with op.get_context().autocommit_block():
        op.create_index(op.f("idx_posts_slug"), "posts", ["slug"], unique=True, postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index(op.f("idx_posts_slug"), table_name="posts", postgresql_concurrently=True)
