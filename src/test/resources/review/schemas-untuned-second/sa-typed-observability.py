"""Uptime monitoring and incident management: services, monitors, check results, incidents.

SQLAlchemy 2.0 typed models, PostgreSQL. check_results takes ~25 million rows a day.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class User(TimestampMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))


class Service(TimestampMixin, Base):
    __tablename__ = "services"
    __table_args__ = (CheckConstraint("tier BETWEEN 1 AND 3", name="ck_services_tier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_team: Mapped[str] = mapped_column(String(80))
    tier: Mapped[int] = mapped_column(SmallInteger)

    monitors: Mapped[list[Monitor]] = relationship(
        back_populates="service", cascade="all, delete-orphan", passive_deletes=True
    )
    incidents: Mapped[list[Incident]] = relationship(back_populates="service")


class Monitor(TimestampMixin, Base):
    __tablename__ = "monitors"
    __table_args__ = (
        CheckConstraint("kind IN ('http', 'tcp', 'dns', 'heartbeat')", name="ck_monitors_kind"),
        CheckConstraint(
            "interval_seconds BETWEEN 10 AND 3600", name="ck_monitors_interval_seconds"
        ),
        CheckConstraint(
            "last_status IN ('up', 'down', 'degraded')", name="ck_monitors_last_status"
        ),
        Index("idx_monitors_service_id", "service_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    check_name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(500))
    interval_seconds: Mapped[int] = mapped_column(default=60)
    # NULL until the first check has run
    last_status: Mapped[Optional[str]] = mapped_column(String(16))
    last_checked_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))

    service: Mapped[Service] = relationship(back_populates="monitors")


class CheckResult(Base):
    """One row per probe. Append-only, never updated; checked_at is the row's time."""

    __tablename__ = "check_results"
    __table_args__ = (
        Index("idx_check_results_monitor_id_checked_at", "monitor_id", "checked_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    monitor_id: Mapped[int] = mapped_column(ForeignKey("monitors.id", ondelete="CASCADE"))
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ok: Mapped[bool]
    latency_ms: Mapped[Optional[int]]
    error: Mapped[Optional[str]] = mapped_column(Text)


class Incident(TimestampMixin, Base):
    __tablename__ = "incidents"
    __table_args__ = (
        CheckConstraint(
            "status IN ('investigating', 'identified', 'monitoring', 'resolved')",
            name="ck_incidents_status",
        ),
        Index("idx_incidents_service_id_started_at", "service_id", "started_at"),
        Index("idx_incidents_commander_id", "commander_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    severity: Mapped[int] = mapped_column(SmallInteger)
    status: Mapped[str] = mapped_column(String(16), default="investigating")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    # picked up by whoever takes command; NULL for the first minutes of an incident
    commander_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )

    service: Mapped[Service] = relationship(back_populates="incidents")
    updates: Mapped[list[IncidentUpdate]] = relationship(
        back_populates="incident",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="IncidentUpdate.created_at",
    )


class IncidentUpdate(TimestampMixin, Base):
    __tablename__ = "incident_updates"
    __table_args__ = (
        Index("idx_incident_updates_incident_id", "incident_id"),
        Index("idx_incident_updates_author_id", "author_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    body: Mapped[str] = mapped_column(Text)

    incident: Mapped[Incident] = relationship(back_populates="updates")
