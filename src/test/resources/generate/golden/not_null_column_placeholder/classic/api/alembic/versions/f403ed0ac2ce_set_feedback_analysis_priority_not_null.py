"""Set feedback_analysis.priority NOT NULL

Step 3 of 3: set feedback_analysis.priority NOT NULL once every row has a value. On PostgreSQL
this scans the table under an exclusive lock; for very large tables add CHECK (priority IS NOT
NULL) NOT VALID, VALIDATE it, then SET NOT NULL.

Revision ID: f403ed0ac2ce
Revises: 17e4f92530b7
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "f403ed0ac2ce"
down_revision = "17e4f92530b7"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("priority", existing_type=sa.Integer(), existing_nullable=True, nullable=False)


def downgrade():
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.alter_column("priority", existing_type=sa.Integer(), existing_nullable=False, nullable=True)
