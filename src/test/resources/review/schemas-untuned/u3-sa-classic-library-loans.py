"""Models for the branch library's lending desk (SQLAlchemy 1.4 style)."""
from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Member(Base):
    __tablename__ = "members"

    id = Column(Integer, primary_key=True)
    card_number = Column(String(16), nullable=False, unique=True)
    full_name = Column(String(200), nullable=False)
    email = Column(String(254), nullable=False, unique=True)
    phone = Column(String(32))
    address_line1 = Column(String(200))
    address_line2 = Column(String(200))
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())

    loans = relationship("Loan", back_populates="member")


class Book(Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    isbn = Column(String(13), nullable=False, index=True)
    title = Column(String(300), nullable=False)
    author = Column(String(200), nullable=False)
    publisher = Column(String(200))
    copies_total = Column(Integer, nullable=False, default=1)
    summary = Column(Text)
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())


class Loan(Base):
    __tablename__ = "loans"
    __table_args__ = (
        Index("ix_loans_member_id_returned_at", "member_id", "returned_at"),
    )

    id = Column(Integer, primary_key=True)
    book_id = Column(Integer, ForeignKey("books.id", ondelete="RESTRICT"), nullable=False, index=True)
    member_id = Column(Integer, ForeignKey("members.id", ondelete="RESTRICT"), nullable=False)
    member_name = Column(String(200), nullable=False)
    borrowed_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    due_at = Column(DateTime(timezone=True), nullable=False)
    returned_at = Column(DateTime(timezone=True))
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())

    book = relationship("Book")
    member = relationship("Member")
