"""Validate fk_feedback_analysis_agent_id_agents

Step 2 of 2: VALIDATE CONSTRAINT scans existing rows with a lock that still allows reads and
writes (PostgreSQL). Fix violating rows before running it.

Revision ID: 1fbd9dc345c6
Revises: 89c9a1e9e39e
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1fbd9dc345c6"
down_revision = "89c9a1e9e39e"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("ALTER TABLE feedback_analysis VALIDATE CONSTRAINT fk_feedback_analysis_agent_id_agents"))
    # other databases checked every row when the constraint was added


def downgrade():
    # nothing to undo: validation changes no data
    pass
