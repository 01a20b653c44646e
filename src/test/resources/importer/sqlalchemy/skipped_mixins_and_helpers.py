from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

from .mixins import TimestampMixin, id_column

Base = declarative_base()


def name_column():
    return Column(String(50), nullable=False)


class User(TimestampMixin, Base):
    __tablename__ = "user"
    name = name_column()


class Post(Base):
    __tablename__ = "post"
    id = id_column()
    user_id = Column(Integer, ForeignKey("user.id"))


class Log(Base):
    __tablename__ = "log"
    message = Column(String(200))
