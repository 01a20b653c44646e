"""Unique index posts (slug)

Changes: create unique index idx_posts_slug on posts (slug).

Revision ID: 1f681cb29cc4
Revises: 6699bbb07258
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1f681cb29cc4"
down_revision = "6699bbb07258"
branch_labels = None
depends_on = None


def upgrade():
    # existing rows of posts are checked first: the revision stops naming the values that do not fit
    checked = sa.table("posts", sa.column("slug"))
    present = sa.and_(checked.c["slug"].isnot(None))
    duplicated = (sa.select((sa.cast(checked.c["slug"], sa.Text)).label("duplicate_value")).where(present)
                  .group_by(checked.c["slug"]).having(sa.func.count() > 1).subquery())
    offending, sample = op.get_bind().execute(sa.select(sa.func.count(), sa.func.min(duplicated.c.duplicate_value)).select_from(duplicated)).one()
    if offending:
        raise RuntimeError("cannot add unique idx_posts_slug: posts (slug) holds " + str(offending) + " duplicated value(s), e.g. \"" + str(sample)[:40] + "\"; make them distinct first")
    # CONCURRENTLY cannot run inside a transaction: commit what ran so far and build the index without blocking writes
    with op.get_context().autocommit_block():
        op.create_index(op.f("idx_posts_slug"), "posts", ["slug"], unique=True, postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index(op.f("idx_posts_slug"), table_name="posts", postgresql_concurrently=True)
