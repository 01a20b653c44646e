"""Queue: the queues table."""
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import BaseModel


class Queue(BaseModel):
    __tablename__ = "queues"

    label: Mapped[str] = mapped_column(String(40), nullable=False)
