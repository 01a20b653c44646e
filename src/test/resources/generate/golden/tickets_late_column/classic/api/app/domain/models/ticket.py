"""Ticket: the tickets table."""
from sqlalchemy import Column, Index, SmallInteger, String
from sqlalchemy.orm import Mapped

from app.domain.models.base import BaseModel


class Ticket(BaseModel):
    __tablename__ = "tickets"

    subject: Mapped[str] = Column(String(200), nullable=False)
    priority: Mapped[int] = Column(SmallInteger, nullable=False)

    __table_args__ = (
        Index("idx_tickets_priority", "priority"),
    )
