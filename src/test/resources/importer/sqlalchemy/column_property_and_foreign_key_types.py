from sqlalchemy import BigInteger, Column, ForeignKey, Integer, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id = Column(BigInteger, primary_key=True)
    name = column_property(Column(String(50), nullable=False))
    upper_name = column_property(func.upper(name))


class Entry(Base):
    __tablename__ = "entry"
    id = Column(Integer, primary_key=True)
    account_id = Column(None, ForeignKey("account.id"))


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
