from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from app.db.base import Base, TimestampMixin


class Team(TimestampMixin, Base):
    __tablename__ = "teams"

    name = Column(String(100), nullable=False, unique=True)


class Player(TimestampMixin, Base):
    __tablename__ = "players"

    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("teams.id", ondelete="CASCADE"), nullable=False, index=True)
    shirt_number = Column(Integer, nullable=False)
    team = relationship("Team")
