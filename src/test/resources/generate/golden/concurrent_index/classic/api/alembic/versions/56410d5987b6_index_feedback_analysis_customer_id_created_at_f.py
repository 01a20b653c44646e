"""Index feedback_analysis (customer_id, created_at), feedback_analysis (churn_risk)

Changes: create index idx_feedback_analysis_customer_created on feedback_analysis (customer_id,
created_at); create index idx_high_churn on feedback_analysis (churn_risk).

Revision ID: 56410d5987b6
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "56410d5987b6"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    # CONCURRENTLY cannot run inside a transaction: commit what ran so far and build the index without blocking writes
    with op.get_context().autocommit_block():
        op.create_index(op.f("idx_feedback_analysis_customer_created"), "feedback_analysis", ["customer_id", "created_at"], unique=False, postgresql_concurrently=True)
    # CONCURRENTLY cannot run inside a transaction: commit what ran so far and build the index without blocking writes
    with op.get_context().autocommit_block():
        op.create_index(op.f("idx_high_churn"), "feedback_analysis", ["churn_risk"], unique=False, postgresql_where=sa.text("churn_risk > 70"), sqlite_where=sa.text("churn_risk > 70"), postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index(op.f("idx_high_churn"), table_name="feedback_analysis", postgresql_concurrently=True)
    with op.get_context().autocommit_block():
        op.drop_index(op.f("idx_feedback_analysis_customer_created"), table_name="feedback_analysis", postgresql_concurrently=True)
