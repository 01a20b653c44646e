"""Unique feedback_analysis (customer_id, created_at)

Changes: add unique uq_feedback_analysis_customer_id_created_at on
feedback_analysis[customer_id, created_at].

Revision ID: 6a947950c89a
Revises: 66ca97a22eb4
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "6a947950c89a"
down_revision = "66ca97a22eb4"
branch_labels = None
depends_on = None


def upgrade():
    # existing rows of feedback_analysis are checked first: the revision stops naming the values that do not fit
    checked = sa.table("feedback_analysis", sa.column("customer_id"), sa.column("created_at"))
    present = sa.and_(checked.c["customer_id"].isnot(None), checked.c["created_at"].isnot(None))
    duplicated = (sa.select((sa.cast(checked.c["customer_id"], sa.Text) + ", " + sa.cast(checked.c["created_at"], sa.Text)).label("duplicate_value")).where(present)
                  .group_by(checked.c["customer_id"], checked.c["created_at"]).having(sa.func.count() > 1).subquery())
    offending, sample = op.get_bind().execute(sa.select(sa.func.count(), sa.func.min(duplicated.c.duplicate_value)).select_from(duplicated)).one()
    if offending:
        raise RuntimeError("cannot add unique uq_feedback_analysis_customer_id_created_at: feedback_analysis (customer_id, created_at) holds " + str(offending) + " duplicated value(s), e.g. \"" + str(sample)[:40] + "\"; make them distinct first")
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
