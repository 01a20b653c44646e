"""Create students, courses, enrollments

Changes: create table students; create table courses; create table enrollments.

Revision ID: 6491a6503be8
Revises: 
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "6491a6503be8"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "students",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_students")),
    )
    op.create_table(
        "courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
        sa.UniqueConstraint("code", name=op.f("uq_courses_code")),
    )
    op.create_table(
        "enrollments",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("grade", sa.SmallInteger(), nullable=True),
        sa.PrimaryKeyConstraint("student_id", "course_id", name=op.f("pk_enrollments")),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"], name=op.f("fk_enrollments_student_id_students"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["course_id"], ["courses.id"], name=op.f("fk_enrollments_course_id_courses"), ondelete="CASCADE"),
        sa.CheckConstraint("grade BETWEEN 0 AND 100", name=op.f("ck_enrollments_grade_range")),
    )
    op.create_index(op.f("idx_enrollments_course_id"), "enrollments", ["course_id"], unique=False)


def downgrade():
    # data loss: the rows of enrollments are dropped
    op.drop_table("enrollments")
    # data loss: the rows of courses are dropped
    op.drop_table("courses")
    # data loss: the rows of students are dropped
    op.drop_table("students")
