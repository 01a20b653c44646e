"""Add status to feedback_analysis

Changes: create enum feedback_status [new, reviewed, resolved]; add column status to
feedback_analysis.

Revision ID: 504b202c1c35
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "504b202c1c35"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    sa.Enum("new", "reviewed", "resolved", name="feedback_status").create(op.get_bind(), checkfirst=True)
    op.add_column("feedback_analysis", sa.Column("status", postgresql.ENUM("new", "reviewed", "resolved", name="feedback_status", create_type=False), nullable=False, server_default="new"))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite has no enum type: a CHECK keeps the column to the enum's values
        with op.batch_alter_table("feedback_analysis") as batch_op:
            batch_op.create_check_constraint(op.f("ck_feedback_analysis_status_enum"), "status IN ('new', 'reviewed', 'resolved')")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the values of feedback_analysis.status are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        if op.get_bind().dialect.name == "sqlite":
            batch_op.drop_constraint(op.f("ck_feedback_analysis_status_enum"), type_="check")
        batch_op.drop_column("status")
    # PostgreSQL keeps enum types after DROP TABLE; without this the next upgrade fails with "type already exists"
    sa.Enum(name="feedback_status").drop(op.get_bind(), checkfirst=True)
