from sqlalchemy import Column, Date, DateTime, Float, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Department(Base):
    __tablename__ = "department"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False)

    employees = relationship("Employee", backref="department")


class Employee(Base):
    __tablename__ = "employee"

    id = Column(Integer, primary_key=True)
    department_id = Column(Integer, ForeignKey("department.id"), index=True)
    employee_no = Column(String(12), nullable=False)
    full_name = Column(String(160), nullable=False)
    salary = Column(Float, nullable=False)
    skill1 = Column(String(60))
    skill2 = Column(String(60))
    skill3 = Column(String(60))
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False)

    reviews = relationship("PerformanceReview", back_populates="employee")


class PerformanceReview(Base):
    __tablename__ = "performance_review"

    id = Column(Integer, primary_key=True)
    employee_id = Column(Integer, ForeignKey("employee.id"), index=True)
    period_start = Column(Date, nullable=False)
    score = Column(Integer, nullable=False)
    notes = Column(Text)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False)

    employee = relationship("Employee", back_populates="reviews")
