"""Create queues, jobs; drop enum job_state

Changes: create enum job_state [queued, running, done]; create table queues; create table jobs;
drop foreign key fk_jobs_queue_id_queues from jobs; drop column state from jobs; drop enum
job_state.

Revision ID: 9dc45bd64bbc
Revises: 
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "9dc45bd64bbc"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    sa.Enum("queued", "running", "done", name="job_state").create(op.get_bind(), checkfirst=True)
    op.create_table(
        "queues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queues")),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("state", postgresql.ENUM("queued", "running", "done", name="job_state", create_type=False), nullable=False, server_default="queued"),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"], name=op.f("fk_jobs_queue_id_queues"), ondelete="SET NULL"),
        # SQLite has no enum type: a CHECK keeps the column to the enum's values
        *([sa.CheckConstraint("state IN ('queued', 'running', 'done')", name=op.f("ck_jobs_state_enum"))] if op.get_bind().dialect.name == "sqlite" else []),
    )
    op.create_index(op.f("idx_jobs_queue_id"), "jobs", ["queue_id"], unique=False)
    with op.batch_alter_table("jobs") as batch_op:
        batch_op.drop_constraint(op.f("fk_jobs_queue_id_queues"), type_="foreignkey")
    # data loss: the values of jobs.state are dropped; a downgrade restores the column, not its values
    with op.batch_alter_table("jobs") as batch_op:
        if op.get_bind().dialect.name == "sqlite":
            batch_op.drop_constraint(op.f("ck_jobs_state_enum"), type_="check")
        batch_op.drop_column("state")
    # PostgreSQL keeps enum types after DROP TABLE; without this the next upgrade fails with "type already exists"
    sa.Enum(name="job_state").drop(op.get_bind(), checkfirst=True)


def downgrade():
    sa.Enum("queued", "running", "done", name="job_state").create(op.get_bind(), checkfirst=True)
    op.add_column("jobs", sa.Column("state", postgresql.ENUM("queued", "running", "done", name="job_state", create_type=False), nullable=False, server_default="queued"))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite has no enum type: a CHECK keeps the column to the enum's values
        with op.batch_alter_table("jobs") as batch_op:
            batch_op.create_check_constraint(op.f("ck_jobs_state_enum"), "state IN ('queued', 'running', 'done')")
    with op.batch_alter_table("jobs") as batch_op:
        batch_op.create_foreign_key(op.f("fk_jobs_queue_id_queues"), "queues", ["queue_id"], ["id"], ondelete="SET NULL")
    # data loss: the rows of jobs are dropped
    op.drop_table("jobs")
    # data loss: the rows of queues are dropped
    op.drop_table("queues")
    # PostgreSQL keeps enum types after DROP TABLE; without this the next upgrade fails with "type already exists"
    sa.Enum(name="job_state").drop(op.get_bind(), checkfirst=True)
