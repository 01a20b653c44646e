from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

enrollments = Table(
    "enrollments",
    Base.metadata,
    Column("student_id", ForeignKey("students.id", ondelete="CASCADE"), primary_key=True),
    Column("course_id", ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True),
)


class Student(Base):
    __tablename__ = "students"
    id = Column(Integer, primary_key=True)
    student_number = Column(String(12), nullable=False)
    email = Column(String(200), nullable=False)
    guardian1_name = Column(String(120))
    guardian1_phone = Column(String(30))
    guardian2_name = Column(String(120))
    guardian2_phone = Column(String(30))
    created_at = Column(Date, nullable=False)
    updated_at = Column(Date, nullable=False)
    courses = relationship("Course", secondary=enrollments, back_populates="students")


class Course(Base):
    __tablename__ = "courses"
    id = Column(Integer, primary_key=True)
    course_code = Column(String(10), nullable=False, unique=True)
    title = Column(String(200), nullable=False)
    credits = Column(Integer, nullable=False)
    created_at = Column(Date, nullable=False)
    updated_at = Column(Date, nullable=False)
    students = relationship("Student", secondary=enrollments, back_populates="courses")
