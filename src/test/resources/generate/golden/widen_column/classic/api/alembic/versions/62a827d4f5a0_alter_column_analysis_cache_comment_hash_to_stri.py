"""Alter column analysis_cache.comment_hash to string(128) NOT NULL

Revision ID: 62a827d4f5a0
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "62a827d4f5a0"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    # type change: the table is rewritten; values that do not convert make this fail
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.alter_column("comment_hash", existing_type=sa.String(length=64), type_=sa.String(length=128), postgresql_using="comment_hash::varchar(128)", nullable=False)


def downgrade():
    # type change: the table is rewritten; values that do not convert make this fail
    with op.batch_alter_table("analysis_cache") as batch_op:
        batch_op.alter_column("comment_hash", existing_type=sa.String(length=128), type_=sa.String(length=64), postgresql_using="comment_hash::varchar(64)", nullable=False)
