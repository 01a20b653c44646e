"""Drop index idx_analysis_cache_expires_at; drop constraint uq_analysis_cache_comment_hash; rename table analysis_cache to analysis_results

Changes: drop index idx_analysis_cache_expires_at; drop constraint
uq_analysis_cache_comment_hash from analysis_cache; rename table analysis_cache to
analysis_results.

Revision ID: 72c79123cd0c
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "72c79123cd0c"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.drop_index(op.f("idx_analysis_cache_expires_at"), table_name="analysis_cache")
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.drop_constraint(op.f("uq_analysis_cache_comment_hash"), type_="unique")
    op.rename_table("analysis_cache", "analysis_results")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.rename_table("analysis_results", "analysis_cache")
    # existing rows of analysis_cache are checked first: the revision stops naming the values that do not fit
    checked = sa.table("analysis_cache", sa.column("comment_hash"))
    present = sa.and_(checked.c["comment_hash"].isnot(None))
    duplicated = (sa.select((sa.cast(checked.c["comment_hash"], sa.Text)).label("duplicate_value")).where(present)
                  .group_by(checked.c["comment_hash"]).having(sa.func.count() > 1).subquery())
    offending, sample = op.get_bind().execute(sa.select(sa.func.count(), sa.func.min(duplicated.c.duplicate_value)).select_from(duplicated)).one()
    if offending:
        raise RuntimeError("cannot add unique uq_analysis_cache_comment_hash: analysis_cache (comment_hash) holds " + str(offending) + " duplicated value(s), e.g. \"" + str(sample)[:40] + "\"; make them distinct first")
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.create_unique_constraint(op.f("uq_analysis_cache_comment_hash"), ["comment_hash"])
    op.create_index(op.f("idx_analysis_cache_expires_at"), "analysis_cache", ["expires_at"], unique=False)
