"""Add check ck_feedback_analysis_user_score_range on feedback_analysis (user_score >= 0 AND user_score <= 10) (NOT VALID)

Step 1 of 2: on PostgreSQL the constraint is added NOT VALID: new rows are checked at once,
without a full-table scan under an exclusive lock. Other databases check every row now.

Revision ID: 58c4aaf8d61f
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "58c4aaf8d61f"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # PostgreSQL: NOT VALID skips checking existing rows under lock; the next revision validates them
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.create_check_constraint(op.f("ck_feedback_analysis_user_score_range"), "user_score >= 0 AND user_score <= 10", postgresql_not_valid=True)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_constraint(op.f("ck_feedback_analysis_user_score_range"), type_="check")
