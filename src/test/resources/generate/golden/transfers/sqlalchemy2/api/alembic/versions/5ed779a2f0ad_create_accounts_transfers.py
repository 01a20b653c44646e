"""Create accounts, transfers

Changes: create table accounts; create table transfers.

Revision ID: 5ed779a2f0ad
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "5ed779a2f0ad"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("balance", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("iban", name=op.f("uq_accounts_iban")),
    )
    op.create_table(
        "transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_account_id", sa.Integer(), nullable=False),
        sa.Column("to_account_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
        sa.ForeignKeyConstraint(["from_account_id"], ["accounts.id"], name=op.f("fk_transfers_from_account_id_accounts"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["to_account_id"], ["accounts.id"], name=op.f("fk_transfers_to_account_id_accounts"), ondelete="RESTRICT"),
        sa.CheckConstraint("amount > 0", name=op.f("ck_transfers_amount_positive")),
    )
    op.create_index(op.f("idx_transfers_from_account_id"), "transfers", ["from_account_id"], unique=False)
    op.create_index(op.f("idx_transfers_to_account_id"), "transfers", ["to_account_id"], unique=False)


def downgrade():
    # data loss: the rows of transfers are dropped
    op.drop_table("transfers")
    # data loss: the rows of accounts are dropped
    op.drop_table("accounts")
