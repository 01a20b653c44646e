"""Unique feedback_analysis (customer_id, created_at)

Changes: add unique uq_feedback_analysis_customer_id_created_at on
feedback_analysis[customer_id, created_at].

Revision ID: a960f32cc05e
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "a960f32cc05e"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # UNIQUE directly would lock writes while it scans; build its index CONCURRENTLY first
        with op.get_context().autocommit_block():
            op.create_index(op.f("uq_feedback_analysis_customer_id_created_at"), "feedback_analysis", ["customer_id", "created_at"], unique=True, postgresql_concurrently=True)
        op.execute(sa.text("ALTER TABLE feedback_analysis ADD CONSTRAINT uq_feedback_analysis_customer_id_created_at UNIQUE USING INDEX uq_feedback_analysis_customer_id_created_at"))
    else:
        with op.batch_alter_table("feedback_analysis") as batch_op:
            batch_op.create_unique_constraint(op.f("uq_feedback_analysis_customer_id_created_at"), ["customer_id", "created_at"])


def downgrade():
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_constraint(op.f("uq_feedback_analysis_customer_id_created_at"), type_="unique")
