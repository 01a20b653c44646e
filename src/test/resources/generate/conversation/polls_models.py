"""Polls: users vote on polls (SQLAlchemy declarative, classic style)."""
from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False, unique=True)
    display_name = Column(String(100))


class Poll(Base):
    __tablename__ = "polls"
    id = Column(Integer, primary_key=True)
    question = Column(Text, nullable=False)
    is_open = Column(Boolean, nullable=False, default=True)
    closes_at = Column(DateTime)


class Vote(Base):
    __tablename__ = "votes"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    poll_id = Column(Integer, ForeignKey("polls.id"), nullable=False, index=True)
    choice = Column(String(100), nullable=False)
