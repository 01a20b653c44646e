"""Validate fk_feedback_analysis_agent_id_agents

Step 2 of 2: VALIDATE CONSTRAINT scans existing rows with a lock that still allows reads and
writes (PostgreSQL). Fix violating rows before running it.

Revision ID: c05d4a18139e
Revises: 2d34a45654b5
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "c05d4a18139e"
down_revision = "2d34a45654b5"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("ALTER TABLE feedback_analysis VALIDATE CONSTRAINT fk_feedback_analysis_agent_id_agents"))
    # other databases checked every row when the constraint was added


def downgrade():
    # nothing to undo: validation changes no data
    pass
