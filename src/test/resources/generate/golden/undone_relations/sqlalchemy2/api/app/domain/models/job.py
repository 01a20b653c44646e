"""Job: the jobs table."""
from typing import Any, Optional

from sqlalchemy import JSON, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import BaseModel


class Job(BaseModel):
    __tablename__ = "jobs"

    queue_id: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    payload: Mapped[Any] = mapped_column(JSON, nullable=False)

    __table_args__ = (
        Index("idx_jobs_queue_id", "queue_id"),
    )
