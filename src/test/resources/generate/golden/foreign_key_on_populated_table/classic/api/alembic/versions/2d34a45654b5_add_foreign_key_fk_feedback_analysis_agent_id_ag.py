"""Add foreign key fk_feedback_analysis_agent_id_agents feedback_analysis[agent_id] -> agents[id] (NOT VALID)

Step 1 of 2: on PostgreSQL the constraint is added NOT VALID: new rows are checked at once,
without a full-table scan under an exclusive lock. Other databases check every row now.

Revision ID: 2d34a45654b5
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "2d34a45654b5"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
        sa.UniqueConstraint("name", name=op.f("uq_agents_name")),
    )
    op.add_column("feedback_analysis", sa.Column("agent_id", sa.Integer(), nullable=True))
    # CONCURRENTLY cannot run inside a transaction: commit what ran so far and build the index without blocking writes
    with op.get_context().autocommit_block():
        op.create_index(op.f("idx_feedback_analysis_agent_id"), "feedback_analysis", ["agent_id"], unique=False, postgresql_concurrently=True)
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # PostgreSQL: NOT VALID skips checking existing rows under lock; the next revision validates them
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.create_foreign_key(op.f("fk_feedback_analysis_agent_id_agents"), "agents", ["agent_id"], ["id"], ondelete="SET NULL", postgresql_not_valid=True)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_constraint(op.f("fk_feedback_analysis_agent_id_agents"), type_="foreignkey")
    with op.get_context().autocommit_block():
        op.drop_index(op.f("idx_feedback_analysis_agent_id"), table_name="feedback_analysis", postgresql_concurrently=True)
    if op.get_bind().dialect.name == "postgresql":
        # fail fast rather than wait behind a long transaction while every query on the table queues
        op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))
    # data loss: the values of feedback_analysis.agent_id are dropped
    with op.batch_alter_table("feedback_analysis") as batch_op:
        batch_op.drop_column("agent_id")
    # data loss: the rows of agents are dropped
    op.drop_table("agents")
