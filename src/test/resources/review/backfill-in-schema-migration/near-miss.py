"""Fixture revision."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = "a0"


def upgrade() -> None:
    conn = op.get_bind()
    for low in range(0, 1_000_000, 10_000):
        conn.execute(sa.text("UPDATE feedback_analysis SET churn_risk = 0 WHERE churn_risk IS NULL AND id >= :lo AND id < :hi"),
                     {"lo": low, "hi": low + 10_000})


def downgrade() -> None:
    pass
