"""Agent: the agents table."""
from typing import TYPE_CHECKING, List

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.feedback_analysis import FeedbackAnalysis


class Agent(BaseModel):
    __tablename__ = "agents"

    name: Mapped[str] = mapped_column(String(100), nullable=False)

    feedback_analysis: Mapped[List["FeedbackAnalysis"]] = relationship(back_populates="agent", passive_deletes=True)

    __table_args__ = (
        UniqueConstraint("name", name="uq_agents_name"),
    )
