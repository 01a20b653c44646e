"""Change comment_hash of analysis_cache

Changes: alter column analysis_cache.comment_hash to string(128) NOT NULL.

Revision ID: 2bd8a5a86206
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "2bd8a5a86206"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # type change: the table is rewritten; values that do not convert make this fail
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.alter_column("comment_hash", existing_type=sa.String(length=64), type_=sa.String(length=128), postgresql_using="comment_hash::varchar(128)", nullable=False)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # existing rows of analysis_cache are checked first: the revision stops naming the values that do not fit
    checked = sa.table("analysis_cache", sa.column("comment_hash"))
    value = checked.c["comment_hash"]
    offending, sample = op.get_bind().execute(sa.select(sa.func.count(), sa.func.min(sa.cast(value, sa.Text)))
                                             .where(sa.and_(value.isnot(None), sa.func.char_length(sa.cast(value, sa.Text)) > 64))).one()
    if offending:
        raise RuntimeError("cannot change analysis_cache.comment_hash to string(64): " + str(offending) + " value(s) longer than 64 characters, e.g. \"" + str(sample)[:40] + "\"; change them first")
    # type change: the table is rewritten; values that do not convert make this fail
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.alter_column("comment_hash", existing_type=sa.String(length=128), type_=sa.String(length=64), postgresql_using="comment_hash::varchar(64)", nullable=False)
