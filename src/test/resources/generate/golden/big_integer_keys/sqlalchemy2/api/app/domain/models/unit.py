"""Unit: the units table."""
from sqlalchemy import Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import Base


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(SmallInteger().with_variant(Integer, "sqlite"), primary_key=True, nullable=False)
    symbol: Mapped[str] = mapped_column(String(10), nullable=False)
