"""Member: the members table."""
from typing import Optional

from sqlalchemy import CheckConstraint, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import BaseModel


class Member(BaseModel):
    __tablename__ = "members"

    email: Mapped[str] = mapped_column(String(255), nullable=False)
    team: Mapped[str] = mapped_column(String(50), nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    nickname: Mapped[Optional[str]] = mapped_column(String(50), nullable=True)

    __table_args__ = (
        CheckConstraint("score >= 0 AND score <= 1000", name="score_range"),
        Index("idx_members_email_lower", text("lower(email)"), unique=True),
        Index("idx_members_team_cover", "team", postgresql_include=["score"]),
        Index("idx_members_nickname_live", "nickname", unique=True, postgresql_where=text("nickname IS NOT NULL"), sqlite_where=text("nickname IS NOT NULL")),
        Index("idx_members_score_hash", "score", postgresql_using="hash"),
    )
