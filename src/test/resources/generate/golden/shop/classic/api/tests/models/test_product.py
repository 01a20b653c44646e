"""Constraint and relationship tests for Product (products)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Product
from tests.models.factories import make_product


def test_product_valid_row_is_stored(db_session):
    row = make_product(db_session)
    db_session.commit()
    assert row.id is not None


def test_product_requires_sku(db_session):
    with pytest.raises(IntegrityError):
        make_product(db_session, sku=None)
        db_session.commit()


def test_product_requires_name(db_session):
    with pytest.raises(IntegrityError):
        make_product(db_session, name=None)
        db_session.commit()


def test_product_requires_price(db_session):
    with pytest.raises(IntegrityError):
        make_product(db_session, price=None)
        db_session.commit()


def test_product_ck_products_price_positive_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_product(db_session, price=-1)
        db_session.commit()


def test_product_ck_products_stock_positive_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_product(db_session, stock=-1)
        db_session.commit()


def test_product_uq_products_sku_rejects_duplicates(db_session):
    first = make_product(db_session, 1)
    with pytest.raises(IntegrityError):
        make_product(db_session, 2, sku=first.sku)
        db_session.commit()
