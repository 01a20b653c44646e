# snake_case, unreserved, short names.
from sqlalchemy import Column, DateTime, Index, Integer, String, func
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class AppUser(Base):
    __tablename__ = "app_users"
    id = Column(Integer, primary_key=True)
    first_name = Column(String(100), nullable=False)
    sort_order = Column(Integer, nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)

    __table_args__ = (
        Index("idx_app_users_sort_order", "sort_order"),
    )
