from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, MetaData, String, UniqueConstraint
from sqlalchemy.orm import declarative_base

convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=convention))


class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    email = Column(String(100), unique=True)
    name = Column(String(50), index=True)
    code = Column(String(10), unique=True, index=True)
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
    author_id = Column(ForeignKey("author.id"))
    title = Column(String(80))
    __table_args__ = (UniqueConstraint("author_id", "title", name="one_title_per_author"),)
