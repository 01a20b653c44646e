"""Public library lending: branches, books, physical copies, members, loans and holds.

Classic declarative models (SQLAlchemy 1.4 style), PostgreSQL.
"""
from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    func,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class TimestampMixin:
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )


class Branch(TimestampMixin, Base):
    __tablename__ = "branches"

    id = Column(Integer, primary_key=True)
    code = Column(String(8), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    address_line1 = Column(String(200), nullable=False)
    address_line2 = Column(String(200))

    copies = relationship("Copy", back_populates="branch")


class Book(TimestampMixin, Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    isbn13 = Column(String(13), nullable=False, unique=True)
    title = Column(String(300), nullable=False)
    author = Column(String(200), nullable=False)
    published_year = Column(Integer)

    copies = relationship("Copy", back_populates="book")


class Copy(TimestampMixin, Base):
    __tablename__ = "copies"

    id = Column(BigInteger, primary_key=True)
    book_id = Column(Integer, ForeignKey("books.id", ondelete="RESTRICT"), nullable=False, index=True)
    branch_id = Column(Integer, ForeignKey("branches.id", ondelete="RESTRICT"), nullable=False, index=True)
    branch_name = Column(String(120), nullable=False)
    barcode = Column(String(32), nullable=False, unique=True)

    book = relationship("Book", back_populates="copies")
    branch = relationship("Branch", back_populates="copies")
    loans = relationship("Loan", back_populates="copy")


class Member(TimestampMixin, Base):
    __tablename__ = "members"

    id = Column(Integer, primary_key=True)
    card_number = Column(String(20), nullable=False, unique=True)
    full_name = Column(String(200), nullable=False)
    email = Column(String(254), nullable=False, unique=True)
    phone = Column(String(40))

    loans = relationship("Loan", back_populates="borrower")
    holds = relationship("Hold", back_populates="member", cascade="all, delete-orphan")


class Loan(TimestampMixin, Base):
    __tablename__ = "loans"
    __table_args__ = (Index("ix_loans_member_id_due_on", "member_id", "due_on"),)

    id = Column(Integer, primary_key=True)
    copy_id = Column(Integer, ForeignKey("copies.id", ondelete="RESTRICT"), nullable=False, index=True)
    member_id = Column(Integer, ForeignKey("members.id", ondelete="RESTRICT"), nullable=False)
    loaned_on = Column(Date, nullable=False)
    due_on = Column(Date, nullable=False)
    returned_on = Column(Date)

    copy = relationship("Copy", back_populates="loans")
    member = relationship("Member", back_populates="loans")


class Hold(TimestampMixin, Base):
    __tablename__ = "holds"
    __table_args__ = (
        CheckConstraint(
            "status IN ('waiting', 'ready', 'fulfilled', 'cancelled')", name="ck_holds_status"
        ),
    )

    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, ForeignKey("members.id"), nullable=False, index=True)
    book_id = Column(Integer, ForeignKey("books.id", ondelete="CASCADE"), nullable=False, index=True)
    pickup_branch_id = Column(
        Integer, ForeignKey("branches.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    status = Column(String(16), nullable=False, default="waiting")
    placed_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())

    member = relationship("Member", back_populates="holds")
