"""Ticket: the tickets table."""
from sqlalchemy import Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import BaseModel


class Ticket(BaseModel):
    __tablename__ = "tickets"

    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    __table_args__ = (
        Index("idx_tickets_priority", "priority"),
    )
