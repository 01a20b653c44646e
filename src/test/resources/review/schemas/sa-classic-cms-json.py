from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class ContentType(Base):
    __tablename__ = "content_types"
    id = Column(Integer, primary_key=True)
    api_name = Column(String(60), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    updated_at = Column(DateTime(timezone=True), nullable=False)


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    content_type_id = Column(Integer, ForeignKey("content_types.id", ondelete="CASCADE"), nullable=False, index=True)
    locale = Column(String(10), nullable=False)
    fields = Column(JSON, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    updated_at = Column(DateTime(timezone=True), nullable=False)
