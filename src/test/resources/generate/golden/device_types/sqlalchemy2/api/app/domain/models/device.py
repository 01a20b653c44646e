"""Device: the devices table."""
from datetime import date, datetime, time
from typing import Any, Optional

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, Date, DateTime, Float, LargeBinary, String, Time, UniqueConstraint, func, true
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import BaseModel


class Device(BaseModel):
    """Field devices reporting readings"""

    __tablename__ = "devices"

    serial: Mapped[str] = mapped_column(String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql"), nullable=False)
    label: Mapped[str] = mapped_column(String(60), nullable=False)
    settings: Mapped[Optional[Any]] = mapped_column(JSON, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=true())
    installed_on: Mapped[Optional[date]] = mapped_column(Date, nullable=True)
    wake_time: Mapped[Optional[time]] = mapped_column(Time, nullable=True)
    firmware: Mapped[Optional[bytes]] = mapped_column(LargeBinary, nullable=True)
    battery_level: Mapped[float] = mapped_column(Float, nullable=False)
    reading_count: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_seen_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True, server_default=func.now(), comment="last heartbeat")

    __table_args__ = (
        CheckConstraint("battery_level BETWEEN 0 AND 100", name="battery_level_range"),
        UniqueConstraint("serial", name="uq_devices_serial"),
        {"comment": "Field devices reporting readings"},
    )
