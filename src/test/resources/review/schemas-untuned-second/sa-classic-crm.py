"""Sales CRM: users (sales reps), companies, contacts, pipeline stages, deals and activities.

Classic declarative models, PostgreSQL.
"""
from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    func,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    full_name = Column(String(200), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())


class Company(Base):
    __tablename__ = "companies"

    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False)
    domain = Column(String(253), unique=True)
    industry = Column(String(80))
    employee_count = Column(Integer)
    # unassigned accounts sit in the shared pool
    owner_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())

    contacts = relationship(
        "Contact", back_populates="company", cascade="all, delete-orphan", passive_deletes=True
    )
    deals = relationship(
        "Deal", back_populates="company", cascade="all, delete-orphan", passive_deletes=True
    )


class Contact(Base):
    __tablename__ = "contacts"

    id = Column(Integer, primary_key=True)
    company_id = Column(Integer, ForeignKey("companies.id", ondelete="CASCADE"), nullable=False, index=True)
    first_name = Column(String(100), nullable=False)
    last_name = Column(String(100), nullable=False)
    email = Column(String(254), nullable=False, unique=True)
    job_title = Column(String(120))
    phone = Column(String(40))
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())

    company = relationship("Company", back_populates="contacts")


class PipelineStage(Base):
    __tablename__ = "pipeline_stages"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="ck_pipeline_stages_probability"),
    )

    id = Column(Integer, primary_key=True)
    name = Column(String(60), nullable=False, unique=True)
    position = Column(Integer, nullable=False)
    probability = Column(Numeric(5, 2), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())


class Deal(Base):
    __tablename__ = "deals"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'won', 'lost')", name="ck_deals_status"),
    )

    id = Column(Integer, primary_key=True)
    company_id = Column(Integer, ForeignKey("companies.id", ondelete="CASCADE"), nullable=False, index=True)
    owner_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), index=True)
    stage_id = Column(Integer, ForeignKey("pipeline_stages.id", ondelete="RESTRICT"), nullable=False, index=True)
    stage_name = Column(String(60), nullable=False)
    title = Column(String(200), nullable=False)
    status = Column(String(8), default="open")
    amount = Column(Numeric(14, 2), nullable=False)
    currency = Column(String(3), nullable=False)
    expected_close_on = Column(Date)
    contact1_id = Column(Integer, ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    contact2_id = Column(Integer, ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    contact3_id = Column(Integer, ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    closed_at = Column(DateTime(timezone=True))
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now())

    company = relationship("Company", back_populates="deals")


class Activity(Base):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint(
            "deal_id IS NOT NULL OR contact_id IS NOT NULL", name="ck_activities_subject"
        ),
    )

    id = Column(Integer, primary_key=True)
    # an activity is logged against a deal, a contact, or both
    deal_id = Column(Integer, ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    contact_id = Column(Integer, ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    author_id = Column(Integer, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False, index=True)
    kind = Column(Enum("call", "email", "meeting", "note", name="activity_kind"), nullable=False)
    occurred_at = Column(DateTime(timezone=True), nullable=False)
    summary = Column(Text, nullable=False)
