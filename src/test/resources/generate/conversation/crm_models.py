"""A small CRM: companies and their contacts (SQLAlchemy declarative, classic style)."""
from sqlalchemy import Column, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Company(Base):
    __tablename__ = "companies"
    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False)
    website = Column(String(300))


class Contact(Base):
    __tablename__ = "contacts"
    id = Column(Integer, primary_key=True)
    company_id = Column(Integer, ForeignKey("companies.id"), index=True)
    firstName = Column("first_name", String(100), nullable=False)
    last_name = Column(String(100), nullable=False)
    email = Column(String(255))
    notes = Column(Text)
    tier = Column(String(20))


class ContactNote(Base):
    __tablename__ = "contact_notes"
    id = Column(Integer, primary_key=True)
    contact_id = Column(Integer, ForeignKey("contacts.id"), nullable=False, index=True)
    body = Column(Text)
    written_on = Column(Date)
