"""Event: the events table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import BigInteger, Column, Integer, String
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import Base

if TYPE_CHECKING:
    from app.domain.models.reading import Reading


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = Column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, nullable=False)
    name: Mapped[str] = Column(String(100), nullable=False)

    readings: Mapped[List["Reading"]] = relationship("Reading", back_populates="event", cascade="all, delete-orphan", passive_deletes=True)
