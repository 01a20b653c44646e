import enum
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Enum, Index, Integer, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class TicketState(enum.Enum):
    open = "open"
    pending = "pending"
    closed = "closed"


# An index on a flag alone, on a three-value enum alone, and on a string a CHECK limits to three values.


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    is_active: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[TicketState] = mapped_column(Enum(TicketState, name="ticket_state"))
    priority: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        Index("idx_tickets_is_active", "is_active"),
        Index("idx_tickets_state", "state"),
        CheckConstraint("priority IN ('low', 'normal', 'high')", name="ck_tickets_priority"),
        Index("idx_tickets_priority", "priority"),
    )
