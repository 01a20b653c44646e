"""Create customer_timeline; copy existing feedback into the timeline

Changes: create table customer_timeline; data migration: copy existing feedback into the
timeline.

Revision ID: 78242d36346e
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "78242d36346e"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "customer_timeline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=100), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("event_type", sa.String(length=50), nullable=False),
        sa.Column("event_data", sa.JSON(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_timeline")),
        sa.ForeignKeyConstraint(["feedback_id"], ["feedback_analysis.id"], name=op.f("fk_customer_timeline_feedback_id_feedback_analysis"), ondelete="SET NULL"),
    )
    op.create_index(op.f("idx_customer_timeline"), "customer_timeline", ["customer_id", "occurred_at"], unique=False)
    op.create_index(op.f("idx_timeline_event_type"), "customer_timeline", ["event_type"], unique=False)
    op.create_index(op.f("idx_customer_timeline_feedback_id"), "customer_timeline", ["feedback_id"], unique=False)
    # data: copy existing feedback into the timeline
    op.execute(sa.text("""INSERT INTO customer_timeline (customer_id, feedback_id, event_type, occurred_at, created_at, updated_at)
SELECT customer_id, id, 'FEEDBACK', created_at, created_at, created_at
FROM feedback_analysis"""))


def downgrade():
    # data: undo: copy existing feedback into the timeline
    op.execute(sa.text("""DELETE FROM customer_timeline WHERE event_type = 'FEEDBACK'"""))
    # data loss: the rows of customer_timeline are dropped
    op.drop_table("customer_timeline")
