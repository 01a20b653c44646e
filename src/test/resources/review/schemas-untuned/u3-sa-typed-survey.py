# pulse/models.py — customer feedback survey (NPS + five fixed questions)
from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class Survey(Timestamps, Base):
    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    share_code: Mapped[str] = mapped_column(String(12), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    # where "new response" notifications go
    contact_email: Mapped[str] = mapped_column(String(254))
    closes_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))

    responses: Mapped[list["Response"]] = relationship(
        back_populates="survey", cascade="all, delete-orphan"
    )


class Response(Timestamps, Base):
    __tablename__ = "responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"), index=True)
    respondent_email: Mapped[Optional[str]] = mapped_column(String(254))
    nps_score: Mapped[int]
    q1_answer: Mapped[Optional[str]] = mapped_column(Text)
    q2_answer: Mapped[Optional[str]] = mapped_column(Text)
    q3_answer: Mapped[Optional[str]] = mapped_column(Text)
    q4_answer: Mapped[Optional[str]] = mapped_column(Text)
    q5_answer: Mapped[Optional[str]] = mapped_column(Text)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    survey: Mapped["Survey"] = relationship(back_populates="responses")
