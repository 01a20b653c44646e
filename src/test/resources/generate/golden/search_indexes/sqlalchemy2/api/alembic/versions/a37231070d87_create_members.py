"""Create members

Changes: create table members.

Revision ID: a37231070d87
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "a37231070d87"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("team", sa.String(length=50), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("nickname", sa.String(length=50), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.CheckConstraint("score >= 0 AND score <= 1000", name=op.f("ck_members_score_range")),
    )
    op.create_index(op.f("idx_members_email_lower"), "members", [sa.text("lower(email)")], unique=True)
    op.create_index(op.f("idx_members_team_cover"), "members", ["team"], unique=False, postgresql_include=["score"])
    op.create_index(op.f("idx_members_nickname_live"), "members", ["nickname"], unique=True, postgresql_where=sa.text("nickname IS NOT NULL"), sqlite_where=sa.text("nickname IS NOT NULL"))
    op.create_index(op.f("idx_members_score_hash"), "members", ["score"], unique=False, postgresql_using="hash")


def downgrade():
    # data loss: the rows of members are dropped
    op.drop_table("members")
