"""Queue: the queues table."""
from sqlalchemy import Column, String
from sqlalchemy.orm import Mapped

from app.domain.models.base import BaseModel


class Queue(BaseModel):
    __tablename__ = "queues"

    label: Mapped[str] = Column(String(40), nullable=False)
