"""Unit: the units table."""
from sqlalchemy import Column, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped

from app.domain.models.base import Base


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = Column(SmallInteger().with_variant(Integer, "sqlite"), primary_key=True, nullable=False)
    symbol: Mapped[str] = Column(String(10), nullable=False)
