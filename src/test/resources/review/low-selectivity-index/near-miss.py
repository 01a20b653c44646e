import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, Enum, Index, Integer, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class TicketState(enum.Enum):
    open = "open"
    pending = "pending"
    closed = "closed"


# The flag as a partial index's condition or a second key.


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignee_id: Mapped[int] = mapped_column(Integer)
    is_active: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[TicketState] = mapped_column(Enum(TicketState, name="ticket_state"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        Index("idx_tickets_state_active", "state", postgresql_where=text("is_active")),
        Index("idx_tickets_assignee_id_is_active", "assignee_id", "is_active"),
    )
