"""Transfer: the transfers table."""
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, Numeric
from sqlalchemy.orm import Mapped, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.account import Account


class Transfer(BaseModel):
    __tablename__ = "transfers"

    from_account_id: Mapped[int] = Column(Integer, ForeignKey("accounts.id", name="fk_transfers_from_account_id_accounts", ondelete="RESTRICT"), nullable=False)
    to_account_id: Mapped[int] = Column(Integer, ForeignKey("accounts.id", name="fk_transfers_to_account_id_accounts", ondelete="RESTRICT"), nullable=False)
    amount: Mapped[Decimal] = Column(Numeric(14, 2), nullable=False)

    from_account: Mapped["Account"] = relationship("Account", back_populates="transfers_by_from_account", foreign_keys="[Transfer.from_account_id]")
    to_account: Mapped["Account"] = relationship("Account", back_populates="transfers_by_to_account", foreign_keys="[Transfer.to_account_id]")

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("idx_transfers_from_account_id", "from_account_id"),
        Index("idx_transfers_to_account_id", "to_account_id"),
    )
