import enum
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, PrimaryKeyConstraint,
                        SmallInteger, String, Text, Time, UniqueConstraint, Uuid, func, text)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


# Both columns present; a pure association table and Alembic's own table need none.


class PainPoints(Base):
    __tablename__ = "pain_points"
    id = Column(Integer, primary_key=True)
    category = Column(String(50), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class Tags(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class PainPointTags(Base):
    __tablename__ = "pain_point_tags"
    pain_point_id = Column(Integer, ForeignKey("pain_points.id", ondelete="CASCADE"), nullable=False)
    tag_id = Column(Integer, ForeignKey("tags.id", ondelete="CASCADE"), nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("pain_point_id", "tag_id"),
    )


class AlembicVersion(Base):
    __tablename__ = "alembic_version"
    version_num = Column(String(32), primary_key=True)


# Another convention's names for the same facts (Django's created/modified); an event table is written once.


class PainPointNotes(Base):
    __tablename__ = "pain_point_notes"
    id = Column(Integer, primary_key=True)
    body = Column(Text, nullable=False)
    created = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    modified = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class PainPointEvents(Base):
    __tablename__ = "pain_point_events"
    id = Column(Integer, primary_key=True)
    kind = Column(String(30), nullable=False)
    occurred_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
