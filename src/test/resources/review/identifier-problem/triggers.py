# A reserved word, a camelCase column, and a name over 63 bytes; a reserved word silenced inline.
from sqlalchemy import Column, DateTime, Index, Integer, String, func
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    firstName = Column(String(100), nullable=False)
    order = Column(Integer, nullable=False)
    group = Column(Integer, nullable=False)  # schema-designer: ignore identifier-problem
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)

    __table_args__ = (
        Index("idx_user_this_index_name_is_far_too_long_for_postgresql_to_keep_whole", "order"),
    )
