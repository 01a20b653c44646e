"""Account: the accounts table."""
from decimal import Decimal
from typing import TYPE_CHECKING, List

from sqlalchemy import Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.models.base import BaseModel

if TYPE_CHECKING:
    from app.domain.models.transfer import Transfer


class Account(BaseModel):
    __tablename__ = "accounts"

    iban: Mapped[str] = mapped_column(String(34), nullable=False)
    balance: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)

    transfers_by_from_account: Mapped[List["Transfer"]] = relationship(back_populates="from_account", foreign_keys="[Transfer.from_account_id]")
    transfers_by_to_account: Mapped[List["Transfer"]] = relationship(back_populates="to_account", foreign_keys="[Transfer.to_account_id]")

    __table_args__ = (
        UniqueConstraint("iban", name="uq_accounts_iban"),
    )
