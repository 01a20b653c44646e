"""Set posts.slug NOT NULL

Step 3 of 3: set posts.slug NOT NULL once every row has a value. On PostgreSQL this scans the
table under an exclusive lock; for very large tables add CHECK (slug IS NOT NULL) NOT VALID,
VALIDATE it, then SET NOT NULL.

Revision ID: 6699bbb07258
Revises: 5d73ab9329e2
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "6699bbb07258"
down_revision = "5d73ab9329e2"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("posts") as batch_op:
        batch_op.alter_column("slug", existing_type=sa.String(length=200), existing_nullable=True, nullable=False)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("posts") as batch_op:
        batch_op.alter_column("slug", existing_type=sa.String(length=200), existing_nullable=False, nullable=True)
