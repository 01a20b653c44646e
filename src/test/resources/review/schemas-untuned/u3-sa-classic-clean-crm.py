# crm/db/models.py — accounts, contacts and the sales pipeline
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class TimestampMixin(object):
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())
    updated_at = sa.Column(
        sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now(), onupdate=sa.func.now()
    )


class User(TimestampMixin, Base):
    __tablename__ = "users"

    id = sa.Column(sa.Integer, primary_key=True)
    email = sa.Column(sa.String(254), nullable=False, unique=True)
    full_name = sa.Column(sa.String(200), nullable=False)


class Account(TimestampMixin, Base):
    __tablename__ = "accounts"

    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(200), nullable=False)
    domain = sa.Column(sa.String(253), nullable=False, unique=True)
    tier = sa.Column(sa.Enum("free", "pro", "enterprise", name="account_tier"), nullable=False, server_default="free")
    # accounts can sit in the unassigned pool until sales ops picks an owner
    owner_id = sa.Column(sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True)

    owner = relationship("User")
    contacts = relationship("Contact", back_populates="account", cascade="all, delete-orphan", passive_deletes=True)
    deals = relationship("Deal", back_populates="account", cascade="all, delete-orphan", passive_deletes=True)


class Contact(TimestampMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (sa.UniqueConstraint("account_id", "email", name="uq_contacts_account_id_email"),)

    id = sa.Column(sa.Integer, primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False)
    full_name = sa.Column(sa.String(200), nullable=False)
    email = sa.Column(sa.String(254), nullable=False)
    phone_e164 = sa.Column(sa.String(16))
    job_title = sa.Column(sa.String(120))

    account = relationship("Account", back_populates="contacts")


class Deal(TimestampMixin, Base):
    __tablename__ = "deals"
    __table_args__ = (
        sa.CheckConstraint("amount >= 0", name="ck_deals_amount"),
        sa.CheckConstraint("probability_percent BETWEEN 0 AND 100", name="ck_deals_probability_percent"),
        sa.Index("ix_deals_owner_id_expected_close_on", "owner_id", "expected_close_on"),
    )

    id = sa.Column(sa.Integer, primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True)
    # unassigned until the deal is qualified
    owner_id = sa.Column(sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    title = sa.Column(sa.String(200), nullable=False)
    amount = sa.Column(sa.Numeric(12, 2), nullable=False)
    currency = sa.Column(sa.String(3), nullable=False)
    stage = sa.Column(
        sa.Enum("lead", "qualified", "proposal", "negotiation", "won", "lost", name="deal_stage"),
        nullable=False,
        server_default="lead",
    )
    probability_percent = sa.Column(sa.SmallInteger, nullable=False, server_default="10")
    expected_close_on = sa.Column(sa.Date)
    closed_at = sa.Column(sa.DateTime(timezone=True))

    account = relationship("Account", back_populates="deals")
    owner = relationship("User")
