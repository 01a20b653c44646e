"""Add posts.slug (nullable)

Step 1 of 3 (adding a NOT NULL column to a populated table): add posts.slug as nullable, which
needs no table rewrite. Deploy code that writes slug for new rows before step 2.

Revision ID: 232550e9a365
Revises: 757358f8ec85
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "232550e9a365"
down_revision = "757358f8ec85"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.add_column("posts", sa.Column("slug", sa.String(length=200), nullable=True))


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the values of posts.slug are dropped
    with op.batch_alter_table("posts") as batch_op:
        batch_op.drop_column("slug")
