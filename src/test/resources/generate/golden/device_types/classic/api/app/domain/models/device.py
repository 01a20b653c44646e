"""Device: the devices table."""
from datetime import date, datetime, time
from typing import Any, Optional

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Float, LargeBinary, String, Time, UniqueConstraint, func, true
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped

from app.domain.models.base import BaseModel


class Device(BaseModel):
    """Field devices reporting readings"""

    __tablename__ = "devices"

    serial: Mapped[str] = Column(String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql"), nullable=False)
    label: Mapped[str] = Column(String(60), nullable=False)
    settings: Mapped[Optional[Any]] = Column(JSON, nullable=True)
    active: Mapped[bool] = Column(Boolean, nullable=False, server_default=true())
    installed_on: Mapped[Optional[date]] = Column(Date, nullable=True)
    wake_time: Mapped[Optional[time]] = Column(Time, nullable=True)
    firmware: Mapped[Optional[bytes]] = Column(LargeBinary, nullable=True)
    battery_level: Mapped[float] = Column(Float, nullable=False)
    reading_count: Mapped[int] = Column(BigInteger, nullable=False)
    last_seen_at: Mapped[Optional[datetime]] = Column(DateTime(timezone=True), nullable=True, server_default=func.now(), comment="last heartbeat")

    __table_args__ = (
        CheckConstraint("battery_level BETWEEN 0 AND 100", name="battery_level_range"),
        UniqueConstraint("serial", name="uq_devices_serial"),
        {"comment": "Field devices reporting readings"},
    )
