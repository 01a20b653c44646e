"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Account, Transfer

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_account(session, n=1, **overrides):
    """A valid accounts row (parents created as needed), added and flushed."""
    values = {
        "iban": f"iban-{n}",
        "balance": n,
    }
    values.update(overrides)
    row = Account(**values)
    session.add(row)
    session.flush()
    return row


def make_transfer(session, n=1, **overrides):
    """A valid transfers row (parents created as needed), added and flushed."""
    values = {
        "amount": 1 + n,
    }
    if not any(key in overrides for key in ["from_account_id", "from_account"]):
        values["from_account"] = make_account(session, next(_sequence))
    if not any(key in overrides for key in ["to_account_id", "to_account"]):
        values["to_account"] = make_account(session, next(_sequence))
    values.update(overrides)
    row = Transfer(**values)
    session.add(row)
    session.flush()
    return row
