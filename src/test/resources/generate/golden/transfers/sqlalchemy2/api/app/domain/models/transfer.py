"""Transfer: the transfers table."""
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Numeric
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.account import Account


class Transfer(BaseModel):
    __tablename__ = "transfers"

    from_account_id: Mapped[int] = mapped_column(Integer, ForeignKey("accounts.id", name="fk_transfers_from_account_id_accounts", ondelete="RESTRICT"), nullable=False)
    to_account_id: Mapped[int] = mapped_column(Integer, ForeignKey("accounts.id", name="fk_transfers_to_account_id_accounts", ondelete="RESTRICT"), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)

    from_account: Mapped["Account"] = relationship(back_populates="transfers_by_from_account", foreign_keys="[Transfer.from_account_id]")
    to_account: Mapped["Account"] = relationship(back_populates="transfers_by_to_account", foreign_keys="[Transfer.to_account_id]")

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("idx_transfers_from_account_id", "from_account_id"),
        Index("idx_transfers_to_account_id", "to_account_id"),
    )
