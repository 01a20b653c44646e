"""Change comment_hash of analysis_cache

Changes: alter column analysis_cache.comment_hash to string(128) NOT NULL.

Revision ID: ea3359f80930
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "ea3359f80930"
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
    # type change: the table is rewritten; values that do not convert make this fail
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.alter_column("comment_hash", existing_type=sa.String(length=128), type_=sa.String(length=64), postgresql_using="comment_hash::varchar(64)", nullable=False)
