"""Reading: the readings table."""
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import Base

if TYPE_CHECKING:
    from app.domain.models.event import Event


class Reading(Base):
    __tablename__ = "readings"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, nullable=False)
    event_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("events.id", name="fk_readings_event_id_events", ondelete="CASCADE"), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)

    event: Mapped["Event"] = relationship(back_populates="readings")

    __table_args__ = (
        Index("idx_readings_event_id", "event_id"),
    )
