from datetime import datetime
from typing import List

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Poll(Base):
    __tablename__ = "polls"

    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())

    choices: Mapped[List["Choice"]] = relationship(back_populates="poll", cascade="all, delete-orphan", passive_deletes=True)


class Choice(Base):
    __tablename__ = "choices"
    __table_args__ = (
        UniqueConstraint("poll_id", "position", name="uq_choices_poll_id_position"),
        CheckConstraint("votes >= 0", name="ck_choices_votes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(120))
    votes: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())

    poll: Mapped["Poll"] = relationship(back_populates="choices")
