"""Validate ck_feedback_analysis_user_score_range

Step 2 of 2: VALIDATE CONSTRAINT scans existing rows with a lock that still allows reads and
writes (PostgreSQL). Fix violating rows before running it.

Revision ID: 77294d8c597c
Revises: 58c4aaf8d61f
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "77294d8c597c"
down_revision = "58c4aaf8d61f"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("ALTER TABLE feedback_analysis VALIDATE CONSTRAINT ck_feedback_analysis_user_score_range"))
    # other databases checked every row when the constraint was added


def downgrade():
    # nothing to undo: validation changes no data
    pass
