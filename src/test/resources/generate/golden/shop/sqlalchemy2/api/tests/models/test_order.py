"""Constraint and relationship tests for Order (orders)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Order
from tests.models.factories import make_order


def test_order_valid_row_is_stored(db_session):
    row = make_order(db_session)
    db_session.commit()
    assert row.id is not None


def test_order_requires_customer_email(db_session):
    with pytest.raises(IntegrityError):
        make_order(db_session, customer_email=None)
        db_session.commit()


def test_order_requires_placed_at(db_session):
    with pytest.raises(IntegrityError):
        make_order(db_session, placed_at=None)
        db_session.commit()


def test_order_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("orders")}
    assert {"idx_orders_status", "idx_orders_customer_email_placed_at"} <= names
