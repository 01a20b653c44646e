"""Constraint and relationship tests for Transfer (transfers)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Account, Transfer
from tests.models.factories import make_account, make_transfer


def test_transfer_valid_row_is_stored(db_session):
    row = make_transfer(db_session)
    db_session.commit()
    assert row.id is not None


def test_transfer_requires_amount(db_session):
    with pytest.raises(IntegrityError):
        make_transfer(db_session, amount=None)
        db_session.commit()


def test_transfer_requires_from_account_id(db_session):
    with pytest.raises(IntegrityError):
        make_transfer(db_session, from_account_id=None)
        db_session.commit()


def test_transfer_requires_to_account_id(db_session):
    with pytest.raises(IntegrityError):
        make_transfer(db_session, to_account_id=None)
        db_session.commit()


def test_transfer_ck_transfers_amount_positive_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_transfer(db_session, amount=0)
        db_session.commit()


def test_transfer_from_account_navigates_both_ways(db_session):
    row = make_transfer(db_session, 2, from_account=make_account(db_session, 2))
    db_session.commit()
    parent = row.from_account
    assert parent is not None
    assert row in parent.transfers_by_from_account


def test_transfer_to_account_navigates_both_ways(db_session):
    row = make_transfer(db_session, 2, to_account=make_account(db_session, 2))
    db_session.commit()
    parent = row.to_account
    assert parent is not None
    assert row in parent.transfers_by_to_account


def test_transfer_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("transfers")}
    assert {"idx_transfers_from_account_id", "idx_transfers_to_account_id"} <= names
