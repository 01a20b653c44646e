"""Create enum feedback_status [new, reviewed, resolved] and 1 more

Revision ID: a364e8de6976
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "a364e8de6976"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    sa.Enum("new", "reviewed", "resolved", name="feedback_status").create(op.get_bind(), checkfirst=True)
    op.add_column("feedback_analysis", sa.Column("status", postgresql.ENUM("new", "reviewed", "resolved", name="feedback_status", create_type=False), nullable=False, server_default="new"))


def downgrade():
    # data loss: the values of feedback_analysis.status are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("status")
    # PostgreSQL keeps enum types after DROP TABLE; without this the next upgrade fails with "type already exists"
    sa.Enum(name="feedback_status").drop(op.get_bind(), checkfirst=True)
