"""Event: the events table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import Base

if TYPE_CHECKING:
    from app.domain.models.reading import Reading


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    readings: Mapped[List["Reading"]] = relationship(back_populates="event", cascade="all, delete-orphan", passive_deletes=True)
