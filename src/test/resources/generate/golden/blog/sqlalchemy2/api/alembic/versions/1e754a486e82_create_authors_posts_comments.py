"""Create authors, posts, comments

Changes: create table authors; create table posts; create table comments.

Revision ID: 1e754a486e82
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1e754a486e82"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authors")),
        sa.UniqueConstraint("email", name=op.f("uq_authors_email")),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
        sa.ForeignKeyConstraint(["author_id"], ["authors.id"], name=op.f("fk_posts_author_id_authors"), ondelete="CASCADE"),
    )
    op.create_index(op.f("idx_posts_author_id_created_at"), "posts", ["author_id", "created_at"], unique=False)
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name=op.f("fk_comments_post_id_posts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["authors.id"], name=op.f("fk_comments_author_id_authors"), ondelete="SET NULL"),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_comments_rating_range")),
    )
    op.create_index(op.f("idx_comments_post_id"), "comments", ["post_id"], unique=False)
    op.create_index(op.f("idx_comments_author_id"), "comments", ["author_id"], unique=False)


def downgrade():
    # data loss: the rows of comments are dropped
    op.drop_table("comments")
    # data loss: the rows of posts are dropped
    op.drop_table("posts")
    # data loss: the rows of authors are dropped
    op.drop_table("authors")
