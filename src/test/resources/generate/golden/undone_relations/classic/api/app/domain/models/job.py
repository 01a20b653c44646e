"""Job: the jobs table."""
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, Integer
from sqlalchemy.orm import Mapped

from app.domain.models.base import BaseModel


class Job(BaseModel):
    __tablename__ = "jobs"

    queue_id: Mapped[Optional[int]] = Column(Integer, nullable=True)
    payload: Mapped[Any] = Column(JSON, nullable=False)

    __table_args__ = (
        Index("idx_jobs_queue_id", "queue_id"),
    )
