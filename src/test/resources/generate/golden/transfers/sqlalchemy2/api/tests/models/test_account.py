"""Constraint and relationship tests for Account (accounts)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Account
from tests.models.factories import make_account


def test_account_valid_row_is_stored(db_session):
    row = make_account(db_session)
    db_session.commit()
    assert row.id is not None


def test_account_requires_iban(db_session):
    with pytest.raises(IntegrityError):
        make_account(db_session, iban=None)
        db_session.commit()


def test_account_requires_balance(db_session):
    with pytest.raises(IntegrityError):
        make_account(db_session, balance=None)
        db_session.commit()


def test_account_uq_accounts_iban_rejects_duplicates(db_session):
    first = make_account(db_session, 1)
    with pytest.raises(IntegrityError):
        make_account(db_session, 2, iban=first.iban)
        db_session.commit()
